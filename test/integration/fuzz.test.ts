import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteDefinition, type RouteId } from "../../functions/api/routes";
import type { Group } from "../../functions/shared/caller";
import { day, license } from "../support/fixtures";
import type { TestUser } from "../support/local";
import { type PrivateStack, type RawAnswer, startPrivateStack } from "../support/private-stack";

/**
 * Fuzz of the whole route table through the local gateway: for every route, fast-check
 * generates bodies (valid ones, mutated ones, arbitrary JSON, junk text), headers (content
 * types, Idempotency-Key junk, huge values), path parameters and query strings, sent by a
 * caller the route admits. Whatever comes in: never a 5xx, every 4xx is problem+json with a
 * title and a detail, and a 4xx leaves the table exactly as it was.
 *
 * Isolation: the file runs on a private stack without the stream consumer (so no follow-up
 * executions either), and sends one request at a time. Nothing but that request can write to
 * the private table, so a Scan before and after it must be identical, item for item.
 */

/** Cases per route in the suite; `FUZZ_RUNS=500 npx vitest run test/integration/fuzz.test.ts` searches longer. */
const RUNS_PER_ROUTE = /^\d+$/.test(process.env.FUZZ_RUNS ?? "") ? Number(process.env.FUZZ_RUNS) : 30;

interface Fixtures {
  owner: TestUser;
  stranger: TestUser;
  agent: TestUser;
  admin: TestUser;
  serial: string;
  productId: string;
  caseNumber: string;
  resolvedCaseNumber: string;
  /** Resolved and reached only by the rating route: notes and agent actions reopen the other one. */
  ratableCaseNumber: string;
  feedbackId: string;
}

let privateStack: PrivateStack;
let fixtures: Fixtures;
const counts = new Map<string, { cases: number; byClass: Record<string, number> }>();
const started = performance.now();
let fuzzingFrom = 0;

/** A body each route accepts (given the fixtures): the seed of the mutations. */
function validBody(id: RouteId, f: Fixtures): unknown {
  const email = `fuzz-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const password = "Backup#Restore2026";
  const bodies: Partial<Record<RouteId, unknown>> = {
    signUp: {
      firstName: "Mei",
      lastName: "Lin",
      email,
      country: "CN",
      password,
      passwordConfirmation: password,
      acceptPrivacyStatement: true,
    },
    confirmAccount: { email, code: "123456" },
    resendConfirmationCode: { email },
    requestPasswordReset: { email },
    resetPassword: { email, code: "123456", password, passwordConfirmation: password },
    signIn: { email: f.owner.email, password: "not-the-password" },
    completeNewPassword: { email, session: "a-session", password, passwordConfirmation: password },
    refreshSession: { refreshToken: "a-refresh-token" },
    updateMe: { firstName: "Mei", country: "DE", language: "zh-CN", phone: "+49 30 1234567" },
    createAgent: { email, firstName: "Sam", lastName: "Support" },
    importLicenses: { licenses: [license({ serial: f.serial, productId: f.productId, incidentCredits: 3 })] },
    changeLicense: { action: "add-credits", credits: 2 },
    publishRelease: {
      productId: f.productId,
      version: "12.1",
      build: 7,
      sizeBytes: 1024,
      releasedOn: day(0),
      notes: "Fixes",
      fileName: "setup.exe",
    },
    registerProducts: { serials: `${f.serial}\nAAAAA-BBBBB-CCCCC-DDDDD-EEEEE` },
    openCase: {
      topic: "licensing",
      serial: f.serial,
      severity: "B",
      subject: "Backup job fails at 80%",
      description: "Since Monday the nightly job stops with error E1234.",
      problem: { symptoms: "Stops", errorOutput: "E1234" },
      environment: { productVersion: "12.1", occurrence: "recurring" },
      contact: { company: "Acme", email: "it@example.com", otherContact: { name: "Li" } },
      preferredContact: "email",
      language: "en",
    },
    replyToCase: { message: "We are looking into it." },
    addCustomerNote: { message: "Any news?" },
    addAttachment: { fileName: "log.txt", contentType: "text/plain", sizeBytes: 10 },
    agentAction: { action: "internal-note", message: "Checked the logs." },
    rateCase: { score: 5, comment: "Quick" },
    giveFeedback: { kind: "thanks", about: "support", text: "Great help", caseNumber: f.caseNumber },
    setFeedbackStatus: { status: "reviewed" },
    putHolidaySchedule: {
      holidays: [{ date: "2027-01-01", name: "元旦" }, { date: "2027-01-02" }],
      workdays: [{ date: "2027-02-06" }],
    },
  };
  return bodies[id];
}

// ---------------------------------------------------------------- generators

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates included), keeping unreserved characters. */
function percentEncode(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

const weirdString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Any code point, lone surrogates included.
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    "0",
    "-1",
    "1e309",
    "null",
    "true",
    "__proto__",
    "constructor",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\u0000",
    "\u202e",
    "\ud800",
    "中文字符",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE",
    "00000001",
  ),
  fc.integer({ min: 200, max: 70_000 }).map((n) => "x".repeat(n)),
);

/**
 * Header values Node lets through (visible Latin-1), from empty to huge. Huge stays below what
 * API Gateway accepts (10 KB for the request line and all headers together): beyond that the
 * gateway refuses the request itself (locally a 431 problem+json), before any handler.
 */
const headerValue = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 60,
  }),
  fc.uuid(),
  fc.constant(""),
  fc.integer({ min: 1_000, max: 4_000 }).map((n) => "k".repeat(n)),
);

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/problem+json",
  "application/vnd.api+json",
  "application/jsonx",
  "application/json-seq",
  "text/json",
  "text/plain",
  "text/csv",
  "text/csv; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "application/octet-stream",
  "*/*",
  "",
];

type Body = { kind: "none" } | { kind: "json"; value: unknown } | { kind: "raw"; text: string };

/** Paths to every property and element of a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  return [];
}

interface Mutation {
  kind: "drop" | "replace" | "extra" | "string";
  at: number;
  value: unknown;
  key: string;
}

function mutate(body: unknown, mutations: Mutation[]): unknown {
  const result = structuredClone(body);
  for (const mutation of mutations) {
    const paths = pathsOf(result);
    if (paths.length === 0) return mutation.value;
    const path = paths[mutation.at % paths.length] as (string | number)[];
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], result) as
      | Record<string | number, unknown>
      | unknown[];
    const key = path.at(-1) as string | number;
    if (mutation.kind === "drop") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (mutation.kind === "extra") {
      if (Array.isArray(parent)) parent.push(mutation.value);
      else parent[mutation.key] = mutation.value;
    } else {
      (parent as Record<string | number, unknown>)[key] = mutation.value;
    }
  }
  return result;
}

const mutationArb = fc
  .record({
    kind: fc.constantFrom("drop", "replace", "extra", "string"),
    at: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      weirdString,
      fc.constantFrom(0, -1, 1.5, 2 ** 53, 1e308, true, null, [], {}),
    ),
    key: fc.oneof(
      fc.constantFrom("__proto__", "constructor", "pk", "sk", "customerId", "status"),
      fc.string(),
    ),
  })
  .map((m): Mutation => (m.kind === "string" ? { ...m, value: String(m.value) } : m));

function bodyArb(valid: unknown, method: string): fc.Arbitrary<Body> {
  const junkText = fc.oneof(
    fc.string(),
    fc.constantFrom("{", "[1,2", '{"a":1}garbage', "null", "[]", '""', "\ufeff{}", "{'single': 'quotes'}"),
    fc.nat().map((n) => (JSON.stringify(valid ?? {}) ?? "").slice(0, n % 200)),
    fc.integer({ min: 1_000, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`),
    fc
      .integer({ min: 60_000, max: 80_000 })
      .map((n) => JSON.stringify({ ...(valid as object), pad: "p".repeat(n) })),
    fc.constant(
      "serial,productId,productName,edition,language,licenseCount,productVersion,plans\n" +
        "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE,p,Name,Ed,en,abc,12.1,advantage-premier:2026-01-01",
    ),
    fc.constant('a,b\n"unterminated'),
  );
  const options: fc.WeightedArbitrary<Body>[] = [
    { weight: 3, arbitrary: fc.jsonValue().map((value) => ({ kind: "json", value })) },
    { weight: 2, arbitrary: junkText.map((text) => ({ kind: "raw", text })) },
    { weight: 1, arbitrary: fc.constant({ kind: "none" }) },
  ];
  if (valid !== undefined) {
    options.push(
      { weight: 3, arbitrary: fc.constant({ kind: "json", value: valid }) },
      {
        weight: 8,
        arbitrary: fc
          .array(mutationArb, { minLength: 1, maxLength: 3 })
          .map((mutations) => ({ kind: "json", value: mutate(valid, mutations) })),
      },
    );
  }
  // Bodies on GET: rare, and ignored by the routes.
  return method === "GET"
    ? fc.oneof({ weight: 8, arbitrary: fc.constant({ kind: "none" }) }, ...options.slice(0, 2))
    : fc.oneof(...options);
}

const MALFORMED_SEGMENTS = [
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "%FF",
  "%00",
  "%2F",
  "..",
  ".",
  "%2e%2e",
  "a%20b",
  "%F0%9F%98%80",
  "",
];

function segmentArb(real: string[], shaped: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: shaped },
    { weight: 3, arbitrary: weirdString.map((s) => percentEncode(s.slice(0, 3000))) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_SEGMENTS) },
  );
}

function pathArb(route: RouteDefinition, f: Fixtures): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  if (names.length === 0) return fc.constant(route.path);
  const segments: Record<string, fc.Arbitrary<string>> = {
    number: segmentArb(
      route === ROUTES.rateCase ? [f.ratableCaseNumber] : [f.caseNumber, f.resolvedCaseNumber],
      fc.stringMatching(/^\d{8}$/),
    ),
    serial: segmentArb([f.serial], fc.stringMatching(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/)),
    feedbackId: segmentArb([f.feedbackId], fc.stringMatching(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/)),
    year: segmentArb(["2027", "2026"], fc.stringMatching(/^\d{4}$/)),
  };
  return fc
    .tuple(...names.map((name) => segments[name] ?? weirdString.map(percentEncode)))
    .map((values) =>
      names.reduce((path, name, index) => path.replace(`{${name}}`, values[index] ?? ""), route.path),
    );
}

const cursorValue = fc.oneof(
  fc.constantFrom("FEEDBACK", "", "CASE#00000001"),
  weirdString.map((s) => s.slice(0, 1100)),
);

const QUERY_KEYS = ["limit", "cursor", "status", "serial", "severity", "plan", "assigneeId"];

/** A query string each listing accepts: the seed of the query cases. */
function validQuery(id: RouteId, f: Fixtures): string {
  const queries: Partial<Record<RouteId, string>> = {
    supportOptions: `?serial=${f.serial}`,
    listMyCases: "?status=open&limit=5",
    caseQueue: "?status=awaiting_support&severity=B&plan=advantage-premier&limit=10",
    listFeedback: "?limit=3",
  };
  return queries[id] ?? "";
}

const queryArb = (f: Fixtures, valid: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(valid) },
    {
      weight: 6,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 })),
            fc.oneof(
              fc.constantFrom(
                "1",
                "0",
                "-1",
                "100",
                "101",
                "1e3",
                " 5",
                "open",
                "resolved",
                "awaiting_support",
                "A",
                "E",
                "advantage-premier",
                f.serial,
              ),
              weirdString.map((s) => s.slice(0, 3000)),
              // Cursors that decode to JSON (objects of strings or not) but that we never issued.
              fc
                .jsonValue({ maxDepth: 2 })
                .map((v) => Buffer.from(JSON.stringify(v) ?? "").toString("base64url")),
              // Cursors with our key attribute names, often in the right partition, with any values.
              fc
                .record(
                  {
                    pk: cursorValue,
                    sk: cursorValue,
                    gsi1pk: fc.oneof(fc.constant(`CUSTOMER#${f.owner.id}`), cursorValue),
                    gsi1sk: cursorValue,
                    gsi2pk: fc.oneof(fc.constant("QUEUE#open"), cursorValue),
                    gsi2sk: cursorValue,
                    x: cursorValue,
                  },
                  { requiredKeys: [] },
                )
                .map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")),
            ),
          ),
          { maxLength: 4 },
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join("&")}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom("?limit=%zz", "?&&=", "?cursor", "?limit=1&limit=2", "?status[]=open"),
    },
  );

interface Headers {
  contentType?: string;
  idempotencyKey?: string;
  extra?: [string, string];
  junkAuthorization?: string;
}

const headersArb: fc.Arbitrary<Headers> = fc.record(
  {
    // Absent: JSON bodies go out as application/json, so most requests get past the media type.
    contentType: fc.oneof(
      { weight: 5, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
      { weight: 1, arbitrary: headerValue },
    ),
    idempotencyKey: headerValue,
    extra: fc.tuple(
      fc.constantFrom("x-fuzz", "accept", "accept-language", "x-forwarded-for", "origin", "user-agent"),
      headerValue,
    ),
    junkAuthorization: headerValue,
  },
  { requiredKeys: [] },
);

function callerArb(route: RouteDefinition, f: Fixtures): fc.Arbitrary<TestUser | undefined> {
  if (route.groups === "public") return fc.constant(undefined);
  const byGroup: Record<Group, TestUser[]> = {
    customer: [f.owner, f.owner, f.stranger],
    agent: [f.agent],
    admin: [f.admin],
  };
  return fc.constantFrom(...route.groups.flatMap((group) => byGroup[group]));
}

// ---------------------------------------------------------------- the property

function problemOf(answer: RawAnswer): { title?: unknown; detail?: unknown } {
  return (answer.json ?? {}) as { title?: unknown; detail?: unknown };
}

async function send(
  route: RouteDefinition,
  path: string,
  query: string,
  body: Body,
  headers: Headers,
  caller?: TestUser,
) {
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

beforeAll(async () => {
  privateStack = await startPrivateStack({ streamConsumer: false });
  const { api, newUser, realUser } = privateStack;
  const [owner, stranger, agent, admin] = await Promise.all([
    realUser(["customer"]),
    newUser(["customer"]),
    newUser(["agent"]),
    newUser(["admin"]),
  ]);
  const serial = "FUZZ1-AAAAA-BBBBB-CCCCC-DDDDD";
  const productId = "backup-server-fuzz";
  const imported = await api("POST", "/admin/licenses", {
    user: admin,
    json: { licenses: [license({ serial, productId, incidentCredits: 3 })] },
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
    productId,
    caseNumber: "",
    resolvedCaseNumber: "",
    ratableCaseNumber: "",
    feedbackId: "",
  };
  const open = async () => {
    const opened = await api("POST", "/cases", { user: owner, json: validBody("openCase", partial) });
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
  const rows = [...counts.entries()].map(([route, { cases, byClass }]) => ({ route, cases, ...byClass }));
  const total = rows.reduce((sum, row) => sum + row.cases, 0);
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `fuzz: ${total} cases over ${rows.length} routes in ${seconds(fuzzingFrom, performance.now())} s ` +
      `(private stack and fixtures: ${seconds(started, fuzzingFrom)} s)`,
  );
  console.table(rows);
  await privateStack?.stop();
});

describe("fuzzing every route of the route table", () => {
  it.each(Object.entries(ROUTES) as [RouteId, RouteDefinition][])(
    "%s: no 5xx, every 4xx is a problem and writes nothing",
    async (id, route) => {
      const tally = { cases: 0, byClass: {} as Record<string, number> };
      counts.set(`${route.method} ${route.path}`, tally);
      // Prepare: the table as it is now; read again after any answer that may have written.
      let before = await privateStack.scanTable();
      await fc.assert(
        fc.asyncProperty(
          pathArb(route, fixtures),
          queryArb(fixtures, validQuery(id, fixtures)),
          bodyArb(validBody(id, fixtures), route.method),
          headersArb,
          callerArb(route, fixtures),
          async (path, query, body, headers, caller) => {
            // Act
            tally.cases++;
            const answer = await send(route, path, query, body, headers, caller);

            // Assess
            const statusClass = `${Math.floor(answer.status / 100)}xx`;
            tally.byClass[statusClass] = (tally.byClass[statusClass] ?? 0) + 1;
            const context = `${route.method} ${path}${query} → ${answer.status} ${answer.text.slice(0, 300)}`;
            expect(answer.status, context).toBeLessThan(500);
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
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
    Math.max(60_000, RUNS_PER_ROUTE * 1_000),
  );
});
