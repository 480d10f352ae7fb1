import { type Bundle, biggestContributors, bytesFrom } from "./bundles";
import type { OperationCapacity } from "./capacity";
import type { ColdStart } from "./cold-start";
import type { Consumption } from "./consumed-capacity";
import type { FollowUpRun } from "./follow-up-execution";
import { handlerSeries, type LatencySeries, RAW_CASE_AND_EVENT, RAW_CASE_QUERY, summary } from "./latency";
import { FIRST_LOAD_BUDGET_BYTES, type PageLoad } from "./page-load";
import type { NoticeFanOut } from "./release-notices";
import { median, ms, ratio } from "./stats";
import type { Throughput } from "./throughput";

export interface Results {
  machine: string;
  coldRuns: number;
  baseline: { bundle: Bundle; cold: ColdStart };
  functions: { bundle: Bundle; cold: ColdStart }[];
  latency: LatencySeries[];
  latencyRounds: number;
  throughput: Throughput;
  capacity: OperationCapacity[];
  followUp: FollowUpRun | { error: string };
  followUpDaySeconds: number;
  notices: NoticeFanOut | { error: string };
  pages: PageLoad[];
  seconds: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const units = (c: Consumption) => {
  const estimate =
    c.estimatedWriteUnits !== c.writeUnits ? ` (est. in AWS: ${c.estimatedWriteUnits} WCU)` : "";
  const unreported = c.unreported ? `, ${c.unreported} call(s) unreported` : "";
  return `${c.readUnits} RCU + ${c.writeUnits} WCU${estimate}${unreported}`;
};

/** The whole run as one markdown table, with the machine above and notes below. */
export function renderTable(r: Results): string {
  const rows: string[][] = [];
  const base = r.baseline;
  const baseInit = base.cold.medianMs;
  rows.push([
    "Bundle, cold init",
    `baseline: only \`client-dynamodb\` + \`lib-dynamodb\`, one client`,
    `${kb(base.bundle.bytes)}, ${ms(baseInit)}`,
    "1.0×",
  ]);
  for (const { bundle, cold } of r.functions) {
    const init = cold.error ? `init failed: ${cold.error}` : ms(cold.medianMs);
    rows.push([
      "Bundle, cold init",
      `\`${bundle.name}\``,
      `${kb(bundle.bytes)}, ${init}`,
      `size ${ratio(bundle.bytes, base.bundle.bytes)}, init ${ratio(cold.medianMs, baseInit)}`,
    ]);
  }
  const series = Object.fromEntries(r.latency.map((s) => [s.name, s]));
  const latencyRow = (api: string, raw: string, also?: string) => {
    const a = series[api];
    const b = series[raw];
    if (!a || !b) return;
    const [sa, sb] = [summary(a), summary(b)];
    const errors = a.errors + b.errors > 0 ? ` (errors: ${a.errors} API, ${b.errors} raw)` : "";
    const other = also ? series[also] : undefined;
    const otherRatio = other
      ? `; ${ratio(sa.p50, summary(other).p50)} p50 to \`${also}\` (${ms(summary(other).p50)})`
      : "";
    rows.push([
      "Latency p50 / p99",
      `\`${api}\` vs raw \`${raw}\``,
      `${ms(sa.p50)} / ${ms(sa.p99)} (raw ${ms(sb.p50)} / ${ms(sb.p99)})${errors}`,
      `${ratio(sa.p50, sb.p50)} / ${ratio(sa.p99, sb.p99)}${otherRatio}`,
    ]);
  };
  latencyRow("GET /cases/{n}", "GetItem");
  latencyRow(handlerSeries("GET /cases/{n}"), "GetItem", RAW_CASE_QUERY);
  latencyRow(RAW_CASE_QUERY, "GetItem");
  latencyRow("POST /cases", "TransactWriteItems", RAW_CASE_AND_EVENT);
  latencyRow(handlerSeries("POST /cases"), "TransactWriteItems");
  const t = r.throughput;
  const failures = Object.entries(t.failures)
    .map(([status, count]) => `${count}× ${status}`)
    .join(", ");
  rows.push([
    "Intake throughput",
    `\`POST /cases\`, ${t.requests} requests, concurrency ${t.concurrency}`,
    `${t.perSecond.toFixed(0)} cases/s (${t.seconds.toFixed(1)} s), errors: ${t.errors}${failures ? ` (${failures})` : ""}`,
    "",
  ]);
  if ("error" in r.followUp) {
    rows.push(["Follow-up execution", "reply, 3 follow-ups, no response", `failed: ${r.followUp.error}`, ""]);
  } else {
    const f = r.followUp;
    rows.push([
      "Follow-up execution",
      `reply, 3 follow-ups, no response (1 day = ${r.followUpDaySeconds} s)`,
      `${f.status}: ${f.statesEntered} state transitions (${f.taskStates} tasks), ${f.events} history events, ${f.seconds.toFixed(1)} s`,
      "",
    ]);
  }
  if ("error" in r.notices) {
    rows.push(["Release notices", "one release to its opted-in owners", `failed: ${r.notices.error}`, ""]);
  } else {
    const n = r.notices;
    rows.push([
      "Release notices",
      `one release, ${n.owners} opted-in owners, concurrency ${n.concurrency} (NOTICE_CONCURRENCY)`,
      `${n.perSecond.toFixed(0)} notices/s: ${n.sent} sent in ${n.seconds.toFixed(1)} s (${n.status})`,
      `per slot: ${(n.perSecond / n.concurrency).toFixed(1)} notices/s; SES allows 14/s by default in production, 1/s in the sandbox`,
    ]);
  }
  for (const page of r.pages) {
    const lcp = Number.isNaN(page.lcpMs) ? "no LCP entry" : `LCP ${ms(page.lcpMs)}`;
    rows.push([
      "Portal first load",
      `\`/portal/${page.path}\`: JS + CSS gzipped (budget ${kb(FIRST_LOAD_BUDGET_BYTES)})`,
      `${kb(page.gzipBytes)} in ${page.files.length} files; load ${ms(page.loadMs)}, ${lcp}`,
      `${ratio(page.gzipBytes, FIRST_LOAD_BUDGET_BYTES)} of the budget; @font-face CSS besides: ${kb(page.fontFaceGzipBytes)}`,
    ]);
  }
  for (const c of r.capacity) {
    const status = c.status >= 200 && c.status < 300 ? "" : ` **(HTTP ${c.status})**`;
    const cold = c.cold ? `; first call: ${units(c.cold)}` : "";
    rows.push([
      "DynamoDB capacity",
      `\`${c.operation}\`${status}`,
      units(c.warm),
      `${c.warm.calls.join(", ") || "no DynamoDB call"}${cold}`,
    ]);
  }
  const header = ["Measure", "Subject", "Result", "Relative / detail"];
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const table = [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
  return `Machine: ${r.machine}. Whole run: ${r.seconds.toFixed(0)} s.\n\n${summaryLine(r)}\n\n${table}\n\n${notes(r)}`;
}

/** The ratios issue 16's goals are stated in, worst and median over the functions, in one line. */
export function summaryLine(r: Pick<Results, "baseline" | "functions" | "latency">): string {
  const sizes = r.functions.map((f) => f.bundle.bytes / r.baseline.bundle.bytes);
  const inits = r.functions
    .filter((f) => !f.cold.error)
    .map((f) => f.cold.medianMs / r.baseline.cold.medianMs);
  const series = Object.fromEntries(r.latency.map((s) => [s.name, s]));
  // Two decimals: the goals are 1.25× and 1.15×.
  const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "n/a");
  const p50Ratio = (api: string, raw: string) => {
    const [a, b] = [series[api], series[raw]];
    return a && b ? times(summary(a).p50 / summary(b).p50) : "n/a";
  };
  const getHandler = handlerSeries("GET /cases/{n}");
  const worstAndMedian = (values: number[]) =>
    values.length ? `worst ${times(Math.max(...values))}, median ${times(median(values))}` : "n/a";
  return [
    `**Summary**: bundle ${worstAndMedian(sizes)}`,
    `cold init ${worstAndMedian(inits)} (to the baseline)`,
    `\`GET /cases/{n}\` p50 ${p50Ratio("GET /cases/{n}", "GetItem")} raw GetItem${
      series[getHandler] ? ` (its handler ${p50Ratio(getHandler, "GetItem")})` : ""
    }`,
    `\`POST /cases\` p50 ${p50Ratio("POST /cases", "TransactWriteItems")} raw TransactWriteItems${
      series[RAW_CASE_AND_EVENT]
        ? ` (${p50Ratio("POST /cases", RAW_CASE_AND_EVENT)} without the counter)`
        : ""
    }.`,
  ].join("; ");
}

function notes(r: Results): string {
  const biggest = [...r.functions].sort((a, b) => b.bundle.bytes - a.bundle.bytes)[0]?.bundle;
  const zodShare = r.functions.map(({ bundle }) => bytesFrom(bundle, /node_modules\/zod\//));
  const localeShare = r.functions.map(({ bundle }) => bytesFrom(bundle, /node_modules\/zod\/.*locales\//));
  const list: string[] = [
    `Bundles: minified ESM as CDK's NodejsFunction builds them (source maps written separately, not counted); cold init = \`await import()\` of the bundle in a fresh \`node\` with the function's environment and \`--enable-source-maps\`, median of ${r.coldRuns} runs; ratios are to the baseline bundle.`,
  ];
  if (biggest) {
    const top = biggestContributors(biggest, 6)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(", ");
    list.push(`Biggest bundle \`${biggest.name}\` (${kb(biggest.bytes)}), by package: ${top}.`);
  }
  list.push(
    // A named `import { z }` once kept all of zod (~390 KB) in every bundle; biome.json now forbids it.
    `zod in every function bundle: ${kb(Math.min(...zodShare))} to ${kb(Math.max(...zodShare))}, of which its locales ${kb(Math.min(...localeShare))} to ${kb(Math.max(...localeShare))}.`,
    "Portal first load: each page in a fresh Chromium context (empty cache; the case list signed in), its JS and CSS as the Performance API's resource entries list them, each file gzipped here (the local gateway sends them uncompressed, CloudFront compresses); stylesheets of nothing but @font-face rules are fonts and counted apart. Load = navigation start to the load event's end; LCP = the last largest-contentful-paint entry. `test/web/budget.test.ts` fails above the budget.",
    `Latency: ${r.latencyRounds} requests each, one at a time, all kinds interleaved in a balanced order (each kind after each other kind equally often, an untimed GetItem between rounds: what a write leaves behind slows the next request), after a warm-up, with the stream consumer paused (in AWS it is polled from Lambda's side, not in the API's process; its records are read after); "its handler" is the handler's share of the same requests, from the local gateway's \`Server-Timing\` (the rest is the client's fetch, the loopback HTTP and the gateway standing in for API Gateway); client, gateway, handlers and the raw DynamoDB client share one Node process; DynamoDB Local is a JVM on the same machine. Raw \`TransactWriteItems\` is shaped like intake's one transaction: the case-number counter taken on condition, the case item with both index keys (conditional) and its first event; \`${RAW_CASE_AND_EVENT}\` leaves the counter out, the shape intake wrote when it took the number in a request of its own.`,
    `Capacity: ReturnConsumedCapacity=TOTAL on every call of the handlers' shared clients (the document client, metered only after latency and throughput; the read client of a case with its timeline, metered throughout, as it resolves its middleware once), summed per request (second call of each route; the first when it differed), as DynamoDB Local reports it (index writes included; a Query that finds nothing reports 0). DynamoDB Local sizes a \`TransactWriteItems\` as a whole, not item by item (1, 2 and 3 tiny puts in one transaction all report 2 WCU), and doubles its index writes as well; "est. in AWS" is an estimate computed from item sizes instead: 2 WCU per started KB of each item, plus 1 WCU per KB for each index the item is in (index updates are assumed to be ordinary writes); updated items are sized as they are after the write. Idempotency records go through the document client (\`POST /cases\` writes its key's record in its own transaction); these requests send no \`Idempotency-Key\`, so none are written.`,
  );
  return list.map((n) => `- ${n}`).join("\n");
}
