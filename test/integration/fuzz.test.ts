import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteDefinition, type RouteId } from "#api/routes";
import { MAX_BODY_BYTES } from "#shared/request";
import type { DrawnRequest } from "../support/document-requests";
import { license } from "../support/fixtures";
import {
  type Body,
  bodyArb,
  filledPath,
  type Headers,
  headersArb,
  pathArb,
  queryArb,
  queryString,
} from "../support/fuzz-junk";
import { type Fixtures, validCaseArb } from "../support/fuzz-requests";
import { unexplained } from "../support/known-rules";
import type { TestUser } from "../support/local";
import { type PrivateStack, type RawAnswer, startPrivateStack } from "../support/private-stack";

/**
 * Fuzz of the whole route table through the local gateway: for every route, fast-check sends
 * valid requests drawn from the API document's schemas (openapi.json: path, query and body, see
 * test/support/fuzz-requests.ts), and fuzzed ones: those mutated, arbitrary JSON, junk text,
 * headers (content types, Idempotency-Key junk, huge values), odd path segments and query
 * strings, sent by a caller the route admits. Whatever comes in: never a 5xx, every 4xx is
 * problem+json with a title and a detail, and a 4xx leaves the table exactly as it was. A valid
 * request is never refused as invalid unless it breaks a known rule across fields
 * (test/support/known-rules.ts): the document promises the rest.
 *
 * Isolation: the file runs on a private stack without the stream consumer (so no follow-up
 * executions either), and sends one request at a time. Nothing but that request can write to
 * the private table, so a Scan before and after it must be identical, item for item.
 */

/** Cases per route in the suite; `FUZZ_RUNS=500 npx vitest run test/integration/fuzz.test.ts` searches longer. */
const RUNS_PER_ROUTE = /^\d+$/.test(process.env.FUZZ_RUNS ?? "") ? Number(process.env.FUZZ_RUNS) : 30;

let privateStack: PrivateStack;
let fixtures: Fixtures;

interface Tally {
  route: string;
  cases: number;
  byClass: Record<string, number>;
  /** The valid requests' answers: 2xx, another 4xx (by status and problem type), or a 400 for breaking a known rule. */
  valid: { "2xx": number; "4xx": Record<string, number>; "known rule": number };
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

const counts = new Map<RouteId, Tally>();
const started = performance.now();
let fuzzingFrom = 0;

/** One request to send: drawn from the document (`valid`, with what was drawn), or fuzzed. */
interface Case {
  kind: "valid" | "fuzzed";
  path: string;
  query: string;
  body: Body;
  headers: Headers;
  caller?: TestUser;
  request?: DrawnRequest;
}

function caseArb(id: RouteId, route: RouteDefinition, f: Fixtures): fc.Arbitrary<Case> {
  const valid = validCaseArb(id, f);
  const sent = fc
    .tuple(valid, route.idempotencyKey ? fc.option(fc.uuid(), { nil: undefined }) : fc.constant(undefined))
    .map(
      ([{ request, caller }, idempotencyKey]): Case => ({
        kind: "valid",
        path: filledPath(route.path, request.path),
        query: queryString(request.query),
        body: request.body === undefined ? { kind: "none" } : { kind: "json", value: request.body },
        headers: idempotencyKey ? { idempotencyKey } : {},
        caller,
        request,
      }),
    );
  // Fuzzed from a valid request: its body mutated, its segments and query replaced now and then.
  const fuzzed = valid.chain(({ request, caller }) =>
    fc
      .record({
        path: pathArb(route.path, request.path),
        query: queryArb(f, queryString(request.query)),
        body: bodyArb(request.body, route.method),
        headers: headersArb,
      })
      .map((parts): Case => ({ kind: "fuzzed", caller, ...parts })),
  );
  return fc.oneof({ weight: 2, arbitrary: sent }, { weight: 3, arbitrary: fuzzed });
}

// ---------------------------------------------------------------- the property

function problemOf(answer: RawAnswer): { title?: unknown; detail?: unknown } {
  return (answer.json ?? {}) as { title?: unknown; detail?: unknown };
}

async function send(route: RouteDefinition, { path, query, body, headers, caller }: Case) {
  const sent: Record<string, string> = {};
  if (headers.contentType !== undefined && body.kind !== "none") sent["content-type"] = headers.contentType;
  else if (body.kind === "json") sent["content-type"] = "application/json";
  if (headers.idempotencyKey !== undefined) sent["idempotency-key"] = headers.idempotencyKey;
  if (headers.extra) sent[headers.extra[0]] = headers.extra[1];
  if (!caller && headers.junkAuthorization !== undefined) sent.authorization = headers.junkAuthorization;
  const rawBody =
    body.kind === "json" ? (JSON.stringify(body.value) ?? "") : body.kind === "raw" ? body.text : undefined;
  return privateStack.api(route.method, `${path}${query}`, { user: caller, rawBody, headers: sent });
}

/**
 * Counts how a valid request was answered: a success, a refusal of another kind (not found, not
 * allowed, conflict), or a 400 for breaking a known rule. A refusal as invalid that no known rule
 * explains fails: the document promised that request.
 */
function judgeValid(
  id: RouteId,
  route: RouteDefinition,
  item: Case,
  answer: RawAnswer,
  valid: Tally["valid"],
  context: string,
) {
  if (answer.status < 300) return void valid["2xx"]++;
  const problem = (answer.json ?? {}) as { type?: string; errors?: { field: string; message: string }[] };
  const type = String(problem.type).split("/").at(-1);
  const bytes = Buffer.byteLength(JSON.stringify(item.request?.body) ?? "");
  if (answer.status === 413 && bytes > (route.maxBodyBytes ?? MAX_BODY_BYTES))
    return void valid["known rule"]++;
  expect(["malformed-json", "unsupported-media-type", "payload-too-large"], context).not.toContain(type);
  if (type === "validation-failed") {
    expect(unexplained(id, problem.errors ?? []), `${context}: the document admits this request`).toEqual([]);
    return void valid["known rule"]++;
  }
  const key = `${answer.status} ${type}`;
  valid["4xx"][key] = (valid["4xx"][key] ?? 0) + 1;
}

beforeAll(async () => {
  privateStack = await startPrivateStack({ streamConsumer: false });
  const { api, newUser, realUser } = privateStack;
  const [owner, stranger, agent, admin] = await Promise.all([
    realUser(["customer"]),
    newUser(["customer"]),
    newUser(["agent"]),
    newUser(["admin"]),
  ]);
  const [serial, changedSerial] = ["FUZZ1-AAAAA-BBBBB-CCCCC-DDDDD", "FUZZ2-AAAAA-BBBBB-CCCCC-DDDDD"];
  const productId = "backup-server-fuzz";
  const imported = await api("POST", "/admin/licenses", {
    user: admin,
    json: {
      licenses: [
        license({ serial, productId, incidentCredits: 3 }),
        license({ serial: changedSerial, productId }),
      ],
    },
  });
  expect(imported.status, imported.text).toBe(200);
  expect(
    (await api("POST", "/products/registrations", { user: owner, json: { serials: serial } })).status,
  ).toBe(200);
  const partial = {
    owner,
    stranger,
    agent,
    admin,
    serial,
    changedSerial,
    productId,
  };
  const open = async () => {
    const opened = await api("POST", "/cases", {
      user: owner,
      json: { ...(ROUTES.openCase.example?.body as object), serial },
    });
    expect(opened.status, opened.text).toBe(201);
    return String((opened.json as { caseNumber: unknown }).caseNumber);
  };
  const openResolved = async () => {
    const number = await open();
    const resolved = await api("POST", `/cases/${number}/agent-actions`, {
      user: agent,
      json: { action: "resolve", resolution: "Fixed in 12.1.7" },
    });
    expect(resolved.status, resolved.text).toBe(200);
    return number;
  };
  const caseNumber = await open();
  const resolvedCaseNumber = await openResolved();
  const ratableCaseNumber = await openResolved();
  const feedback = await api("POST", "/feedback", {
    user: owner,
    json: { kind: "praise", about: "site", text: "Nice" },
  });
  expect(feedback.status, feedback.text).toBe(201);
  fixtures = {
    ...partial,
    caseNumber,
    resolvedCaseNumber,
    ratableCaseNumber,
    feedbackId: String((feedback.json as { feedbackId: unknown }).feedbackId),
  };
  // The handlers of this worker wrote to the private table, not to the shared one.
  const items = await privateStack.scanTable();
  expect(items.some((item) => item.caseNumber === caseNumber)).toBe(true);
  fuzzingFrom = performance.now();
}, 120_000);

afterAll(async () => {
  const rows = [...counts.values()].map(({ route, cases, byClass, valid }) => ({
    route,
    cases,
    ...byClass,
    "valid→2xx": valid["2xx"],
    "valid→known rule": valid["known rule"],
    "valid→4xx": sum(Object.values(valid["4xx"])),
    "valid 4xx answers": Object.entries(valid["4xx"])
      .map(([answer, count]) => `${answer} ×${count}`)
      .join(", "),
  }));
  const total = sum(rows.map((row) => row.cases));
  const valid = sum(rows.map((row) => row["valid→2xx"] + row["valid→known rule"] + row["valid→4xx"]));
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `fuzz: ${total} cases (${valid} drawn valid from openapi.json) over ${rows.length} routes in ` +
      `${seconds(fuzzingFrom, performance.now())} s (private stack and fixtures: ${seconds(started, fuzzingFrom)} s)`,
  );
  console.table(rows);
  await privateStack?.stop();
});

describe("fuzzing every route of the route table", () => {
  it.each(Object.entries(ROUTES) as [RouteId, RouteDefinition][])(
    "%s: no 5xx, every 4xx is a problem and writes nothing",
    async (id, route) => {
      const tally: Tally = {
        route: `${route.method} ${route.path}`,
        cases: 0,
        byClass: {},
        valid: { "2xx": 0, "4xx": {}, "known rule": 0 },
      };
      counts.set(id, tally);
      // Prepare: the table as it is now; read again after any answer that may have written.
      let before = await privateStack.scanTable();
      await fc.assert(
        fc.asyncProperty(caseArb(id, route, fixtures), async (item) => {
          // Act
          tally.cases++;
          const answer = await send(route, item);

          // Assess
          const statusClass = `${Math.floor(answer.status / 100)}xx`;
          tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1;
          const context = `${item.kind} ${route.method} ${item.path}${item.query} → ${answer.status} ${answer.text.slice(0, 300)}`;
          expect(answer.status, context).toBeLessThan(500);
          if (item.kind === "valid") judgeValid(id, route, item, answer, tally.valid, context);
          if (answer.status < 400) {
            before = await privateStack.scanTable();
            return;
          }
          expect(answer.contentType, context).toBe("application/problem+json");
          const { title, detail } = problemOf(answer);
          expect(typeof title === "string" && title.length > 0, context).toBe(true);
          expect(typeof detail === "string" && detail.length > 0, context).toBe(true);
          const [expected, after] = [before, await privateStack.scanTable()];
          before = after;
          expect(after, `${context}: the table changed`).toEqual(expected);
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
    Math.max(60_000, RUNS_PER_ROUTE * 1_000),
  );
});
