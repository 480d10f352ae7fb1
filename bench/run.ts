import "./quiet-lambda-output";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { chromium } from "playwright-core";
import { LOCAL_AWS } from "#infra/local/aws";
import { startLocalStack } from "#infra/local/stack";
import { REPOSITORY_ROOT } from "#infra/repository";
import { startBrowserServer } from "../test/support/browser-server";
import { buildWeb } from "../web/build";
import { benchUser } from "./api-client";
import { BARE_DYNAMODB, bundleAll, functionEntries } from "./bundles";
import { measureCapacity } from "./capacity";
import { coldStarts } from "./cold-start";
import { consumedCapacityMeter } from "./consumed-capacity";
import { type FollowUpRun, runFollowUpExecution } from "./follow-up-execution";
import { measureLatency } from "./latency";
import { currentLoad, machineLine } from "./machine";
import { measureBudgetPages, type PageLoad } from "./page-load";
import { writeReadmeSection } from "./readme-section";
import { type NoticeFanOut, runNoticeFanOut } from "./release-notices";
import { renderTable, summaryLine } from "./report";
import { measureIntakeThroughput } from "./throughput";

/**
 * `npm run bench`: bundles and cold starts first (nothing else running), then one local stack in
 * this process for latency, throughput, capacity and one follow-up execution. Prints one markdown
 * table and keeps it in README.md's "Benchmark" section.
 */
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
// Seven: with three, one slow process on a loaded 2-core machine moved a median by 50 %.
const COLD_RUNS = setting("BENCH_COLD_RUNS", 7);
const ROUNDS = setting("BENCH_ROUNDS", 300);
const INTAKES = setting("BENCH_INTAKES", 800);
const CONCURRENCY = 16;
/** Release notices: owners of one product, and notices in flight at once (the stack's NOTICE_CONCURRENCY). */
const NOTICE_OWNERS = setting("BENCH_NOTICE_OWNERS", 1000);
const NOTICE_CONCURRENCY = setting("BENCH_NOTICE_CONCURRENCY", 10);
/** One follow-up "day" in real seconds: the whole 10-day sequence takes half a second. */
const FOLLOW_UP_DAY_SECONDS = 0.05;

const started = performance.now();
const loadAtStart = currentLoad();
const log = (line: string) =>
  process.stderr.write(
    `bench: ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s  ${line}\n`,
  );

const outdir = mkdtempSync(join(tmpdir(), "support-center-bench-"));
const entries = functionEntries(REPOSITORY_ROOT);
log(`bundling ${entries.length} functions and the baseline`);
const [baselineBundle, ...functionBundles] = await bundleAll(REPOSITORY_ROOT, outdir, [
  BARE_DYNAMODB,
  ...entries,
]);
if (!baselineBundle) throw new Error("no baseline bundle");
log(`cold starts: ${COLD_RUNS} fresh processes per bundle`);
const [baselineCold, ...functionColds] = await coldStarts(
  [baselineBundle, ...functionBundles].map((b) => b.file),
  COLD_RUNS,
);
rmSync(outdir, { recursive: true, force: true });

// The portal in a directory of the bench's own: .local/web may be served by a running `npm start`.
const webRoot = mkdtempSync(join(tmpdir(), "support-center-bench-web-"));
await buildWeb({ outdir: webRoot });
log("starting the local stack");
// Follow-up executions only start from an agent's reply, and those come last, after the timings.
const stack = await startLocalStack({
  followUpDaySeconds: FOLLOW_UP_DAY_SECONDS,
  webRoot,
  notices: { concurrency: NOTICE_CONCURRENCY },
});
const stopStack = async () => {
  await stack.stop();
  rmSync(webRoot, { recursive: true, force: true });
};
process.once("SIGINT", () => {
  stopStack().finally(() => process.exit(130));
});
let results: Parameters<typeof renderTable>[0];
try {
  // Imported now: the handlers' clients read their endpoints from the environment the stack set.
  const { documentClient } = await import("#shared/dynamodb-client");
  const { readClient } = await import("#shared/dynamodb-read-client");
  const lookupClient = DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...LOCAL_AWS, endpoint: stack.dynamodbUrl }),
  );
  const meter = consumedCapacityMeter(async (TableName, Key) => {
    const { Item } = await lookupClient.send(new GetCommand({ TableName, Key }));
    return Item;
  });
  // The read client resolves its middleware once per command, at the first call: it is metered
  // from the start, so GET /cases/{n}'s timings carry the meter's pass-through (a function call).
  meter.watch(readClient);
  const [customer, agent, ...intakeCustomers] = await Promise.all(
    [["customer"], ["agent"], ["customer"], ["customer"], ["customer"], ["customer"]].map((groups) =>
      benchUser(stack.identity, stack.apiUrl, groups as ["customer"] | ["agent"]),
    ),
  );
  if (!customer || !agent) throw new Error("no bench users");

  log(`latency: ${ROUNDS} rounds (whole designs) after a warm-up`);
  // The request path alone: in AWS the stream consumer is polled from Lambda's side, here its
  // 20 polls a second would share the API's event loop. Its records wait and are read after.
  await stack.streamConsumer?.pause();
  const { series: latency, rounds: latencyRounds } = await measureLatency({
    customer,
    dynamodbUrl: stack.dynamodbUrl,
    tableName: stack.tableName,
    warmup: Math.min(50, ROUNDS),
    rounds: ROUNDS,
  }).finally(() => stack.streamConsumer?.resume());
  log(`throughput: ${INTAKES} intakes at concurrency ${CONCURRENCY}`);
  const throughput = await measureIntakeThroughput({
    customers: intakeCustomers,
    concurrency: CONCURRENCY,
    requests: INTAKES,
  });
  log("capacity per API operation");
  // Only now: the latency and throughput above go through the document client as it is deployed.
  meter.watch(documentClient);
  const capacity = await measureCapacity({
    meter,
    customer: await benchUser(stack.identity, stack.apiUrl, ["customer"]),
    agent,
  });
  log("one complete follow-up execution");
  const followUp: FollowUpRun | { error: string } = await runFollowUpExecution({
    customer,
    agent,
    stepFunctionsUrl: stack.stepFunctionsUrl,
    stateMachineArn: stack.stateMachineArn,
    timeoutMs: 60_000,
  }).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  log(`release notices: ${NOTICE_OWNERS} owners at concurrency ${NOTICE_CONCURRENCY}`);
  const notices: NoticeFanOut | { error: string } = await runNoticeFanOut({
    admin: await benchUser(stack.identity, stack.apiUrl, ["admin"]),
    owners: NOTICE_OWNERS,
    concurrency: NOTICE_CONCURRENCY,
    dynamodbUrl: stack.dynamodbUrl,
    tableName: stack.tableName,
    stepFunctionsUrl: stack.stepFunctionsUrl,
    stateMachineArn: stack.noticesStateMachineArn,
    sesUrl: stack.sesUrl,
    timeoutMs: 300_000,
  }).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  lookupClient.destroy();
  log("portal pages in Chromium: first-load bytes, load time, LCP");
  const pages = await measurePortalPages(stack.portalUrl, customer.token);

  results = {
    machine: machineLine(loadAtStart),
    coldRuns: COLD_RUNS,
    baseline: { bundle: baselineBundle, cold: baselineCold ?? { medianMs: Number.NaN, runs: [] } },
    functions: functionBundles.map((bundle, i) => ({
      bundle,
      cold: functionColds[i] ?? { medianMs: Number.NaN, runs: [] },
    })),
    latency,
    latencyRounds,
    throughput,
    capacity,
    followUp,
    followUpDaySeconds: FOLLOW_UP_DAY_SECONDS,
    notices,
    pages,
    seconds: 0,
  };
} finally {
  await stopStack();
}
/** The budget pages in the run's Chromium (the one the browser tests use), started for them alone. */
async function measurePortalPages(portalUrl: string, idToken: string): Promise<PageLoad[]> {
  const server = await startBrowserServer();
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    try {
      return await measureBudgetPages(browser, portalUrl, idToken);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

results.seconds = (performance.now() - started) / 1000;
const table = renderTable(results);
process.stdout.write(`${table}\n`);
log(summaryLine(results).replaceAll("**", "").replaceAll("`", ""));
writeReadmeSection(resolve(REPOSITORY_ROOT, "README.md"), table);
log("done; README.md's Benchmark section updated");
