import fc from "fast-check";
import type { Fixtures } from "./fuzz-requests";

/**
 * The route fuzz's hostile side: junk strings, header values and content types, mutations of
 * valid bodies, malformed path segments and query strings (valid requests: fuzz-requests.ts).
 */

/** Percent-encodes the UTF-8 bytes of any string (lone surrogates included), keeping unreserved characters. */
export function percentEncode(text: string): string {
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

export type Body = { kind: "none" } | { kind: "json"; value: unknown } | { kind: "raw"; text: string };

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
  .map((m): Mutation => (m.kind === "string" ? { ...m, value: asText(m.value) } : m));

// fast-check draws keys such as "toString" and "valueOf", on which String() throws.
function asText(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

export function bodyArb(valid: unknown, method: string): fc.Arbitrary<Body> {
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

/** The path with its parameters filled in, each percent-encoded unless `raw` says it is already. */
export function filledPath(template: string, values: Record<string, string>, raw = false): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name] ?? "";
    return raw ? value : percentEncode(value);
  });
}

/** Each segment as drawn from the document half the time, else weird or malformed. */
export function pathArb(template: string, valid: Record<string, string>): fc.Arbitrary<string> {
  const names = Object.keys(valid);
  const junk = fc.oneof(
    { weight: 3, arbitrary: weirdString.map((s) => percentEncode(s.slice(0, 3000))) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_SEGMENTS) },
  );
  return fc
    .tuple(...names.map(() => fc.option(junk, { freq: 2, nil: undefined })))
    .map((junks) =>
      filledPath(
        template,
        Object.fromEntries(names.map((name, i) => [name, junks[i] ?? percentEncode(valid[name] ?? "")])),
        true,
      ),
    );
}

export function queryString(query: Record<string, string>): string {
  const pairs = Object.entries(query).map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`);
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

const cursorValue = fc.oneof(
  fc.constantFrom("FEEDBACK", "", "CASE#00000001"),
  weirdString.map((s) => s.slice(0, 1100)),
);

const QUERY_KEYS = ["limit", "cursor", "status", "serial", "severity", "plan", "assigneeId"];

export const queryArb = (f: Fixtures, valid: string) =>
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

export interface Headers {
  contentType?: string;
  idempotencyKey?: string;
  extra?: [string, string];
  junkAuthorization?: string;
}

export const headersArb: fc.Arbitrary<Headers> = fc.record(
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
