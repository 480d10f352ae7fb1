import { STATUS_CODES } from "node:http";
import * as z from "zod/mini";
import { API_TAGS } from "#api/tags";
import { SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from "#shared/problem";

/** The shared parts of the API document: the problem schema, problem answers, security, headers. */

type Json = Record<string, unknown>;

const FieldError = z.strictObject({
  field: z.string().check(z.describe("The bad field, as a path: `email`, `problem.symptoms`, `path.number`")),
  message: z.string().check(z.describe("What is wrong with it")),
});

/** RFC 9457 problem details, as functions/shared/problem.ts writes them. */
export const Problem = z
  .looseObject({
    type: z.url().check(z.describe("Stable: https://support-center.example/problems/<code>")),
    title: z.string().check(z.describe("A short, human summary of the type")),
    status: z.int().check(z.gte(400), z.lte(599), z.describe("The HTTP status")),
    detail: z.optional(z.string().check(z.describe("What happened in this request"))),
    instance: z.optional(z.string().check(z.describe("The request this is about"))),
    errors: z.optional(
      z.array(FieldError).check(z.describe("Every bad field of a validation problem (validation-failed)")),
    ),
  })
  .check(
    z.describe("RFC 9457 problem details; some types add members of their own, such as reason or advice."),
  );

/** What each problem status means on this API; a route's own documentation says when it happens. */
const PROBLEM_MEANINGS: Record<number, string> = {
  400: "The request is not valid: `errors` names every bad field (validation-failed), or the body is not JSON (malformed-json)",
  401: "Not signed in: no bearer token, or one that is expired or not ours (or, signing in, wrong credentials)",
  403: "Not allowed: the caller's groups may not use this route, or the account or entitlement does not allow it",
  404: "Not found (another customer's case answers the same)",
  409: "Conflicts with the current state (or a request with the same Idempotency-Key is still running)",
  413: "The body is too large",
  415: "Content-Type is not a media type the route accepts",
  422: "Well-formed but refers to what does not exist, or reuses an Idempotency-Key with another body",
  429: "Too many attempts; wait a moment",
  503: "A backing service did not answer; try again after Retry-After seconds",
};

/** Components name problem answers by their reason phrase: 400 → BadRequest. */
export function problemResponseName(status: number): string {
  const phrase = STATUS_CODES[status];
  if (!phrase || status < 400) throw new Error(`${status} is not an HTTP error status`);
  return phrase
    .replace(/[^A-Za-z ]/g, "")
    .replace(/(^| )(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

const RETRY_AFTER = {
  description: `Seconds to wait before trying again (${SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS} when a backing service failed)`,
  schema: { type: "integer", minimum: 0 },
};

export const PROBLEM_CONTENT = {
  "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
};

export function problemResponse(status: number): Json {
  return {
    description: PROBLEM_MEANINGS[status] ?? STATUS_CODES[status],
    ...(status === 503 ? { headers: { "Retry-After": RETRY_AFTER } } : {}),
    content: PROBLEM_CONTENT,
  };
}

/** Response headers the routes name, described once. */
const RESPONSE_HEADERS: Record<string, Json> = {
  location: {
    description: "The URL of what the request created",
    schema: { type: "string", format: "uri-reference" },
  },
  "cache-control": { description: "How long the answer may be cached", schema: { type: "string" } },
  etag: {
    description:
      'The case\'s version, quoted (`"7"`): send it back as `If-Match` so a write made on a stale view is refused',
    schema: { type: "string" },
  },
  "retry-after": RETRY_AFTER,
};

export function responseHeader(name: string): Json {
  return RESPONSE_HEADERS[name.toLowerCase()] ?? { schema: { type: "string" } };
}

export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description:
      "The `idToken` that `POST /sessions` returns (a Cognito ID token, valid 15 minutes; `POST /sessions/refresh` renews it). The caller's groups come from its `cognito:groups` claim.",
  },
};

export const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Any unique string (a UUID): a retry with the same key and body gets the first answer and creates nothing new; the same key with another body answers 422, and while the first request still runs, 409. Keys are per caller and kept for a day. Without it the request is not deduplicated.",
  schema: { type: "string" },
};

/** The pagination parameters, for query properties that are exactly the page query's. */
export const PAGE_PARAMETERS: Record<string, { component: string; description: string }> = {
  limit: { component: "Limit", description: "Page size, 1 to 100 (default 20)" },
  cursor: {
    component: "Cursor",
    description: "Where the page starts: the `nextCursor` of the previous page (none on the last page)",
  },
};

/** Every tag's description; a route's `tags` name these (the route table types them). */
export const TAG_DESCRIPTIONS: Record<string, string> = API_TAGS;
