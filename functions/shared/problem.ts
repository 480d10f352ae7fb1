import type { DomainErrorCode } from "#domain/errors";

/** One field-level complaint in a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem: a stable `type`, a human `title`, the HTTP status and details.
 * Only these are ever shown to a client; anything else becomes a generic 500.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** RFC 9457 extension members. */
    readonly extensions?: Record<string, unknown>,
    /** When the client may try again (the Retry-After header), for refusals that pass. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail ?? title);
    this.name = "HttpProblem";
  }

  /** The answer's headers: the problem media type, and Retry-After when there is one. */
  headers(): Record<string, string> {
    return {
      "content-type": "application/problem+json",
      ...(this.retryAfterSeconds === undefined ? {} : { "retry-after": String(this.retryAfterSeconds) }),
    };
  }

  toJSON() {
    return {
      type: `https://support-center.example/problems/${this.type}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extensions,
    };
  }
}

export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

export const problems = {
  validation: (errors: FieldError[]) =>
    new HttpProblem(
      400,
      "validation-failed",
      "The request is not valid",
      errors.map((e) => `${e.field}: ${e.message}`).join("; "),
      errors,
    ),
  malformedJson: (detail: string) =>
    new HttpProblem(400, "malformed-json", "The body is not valid JSON", detail),
  unauthenticated: () =>
    new HttpProblem(401, "unauthenticated", "Sign in first", "A valid bearer token is required."),
  forbidden: (detail: string) => new HttpProblem(403, "forbidden", "Not allowed", detail),
  notFound: (detail: string) => new HttpProblem(404, "not-found", "Not found", detail),
  methodNotAllowed: (detail: string) =>
    new HttpProblem(405, "method-not-allowed", "Method not allowed", detail),
  malformedRequest: (detail: string) => new HttpProblem(400, "malformed-request", "Bad request", detail),
  payloadTooLarge: (limit: number) =>
    new HttpProblem(413, "payload-too-large", "The body is too large", `The limit is ${limit} bytes.`),
  requestHeadersTooLarge: () =>
    new HttpProblem(
      431,
      "request-headers-too-large",
      "The request line or headers are too large",
      "The URL and the headers together must stay below 16 KB.",
    ),
  unsupportedMediaType: (accepted: readonly string[] = ["application/json"]) =>
    new HttpProblem(
      415,
      "unsupported-media-type",
      "Unsupported content type",
      `Content-Type must be ${accepted.join(" or ")}.`,
    ),
  idempotencyKeyReused: () =>
    new HttpProblem(
      422,
      "idempotency-key-reused",
      "Idempotency-Key reused",
      "This key was used with a different body.",
    ),
  requestInProgress: () =>
    new HttpProblem(
      409,
      "request-in-progress",
      "Request in progress",
      "A request with this key is still running.",
    ),
  /** A backing service failed after the SDK's own retries: a hint to come back in a few seconds. */
  serviceUnavailable: () =>
    new HttpProblem(
      503,
      "service-unavailable",
      "Try again shortly",
      "A backing service did not answer.",
      undefined,
      undefined,
      SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
    ),
  internal: () => new HttpProblem(500, "internal-error", "Something went wrong on our side"),
};

/** How each domain refusal is told to an HTTP client. */
const DOMAIN_ERRORS: Record<DomainErrorCode, { status: number; title: string }> = {
  "case-not-found": { status: 404, title: "Not found" },
  "case-resolved": { status: 409, title: "The case is resolved" },
  "concurrent-update": { status: 409, title: "The case changed meanwhile; try again" },
  "invalid-credentials": { status: 401, title: "Wrong e-mail or password" },
  "account-not-confirmed": { status: 403, title: "Confirm your e-mail address first" },
  "password-reset-required": { status: 403, title: "Reset your password first" },
  "invalid-code": { status: 400, title: "The code is wrong or has expired" },
  "too-many-attempts": { status: 429, title: "Too many attempts; wait a moment" },
  "account-exists": { status: 409, title: "An account with this e-mail address exists" },
  "profile-not-found": { status: 404, title: "No profile for this account" },
  "no-plan-to-upgrade": { status: 409, title: "Nothing to upgrade" },
  "not-entitled": { status: 403, title: "Technical support is not available for this request" },
  "case-not-withdrawable": { status: 409, title: "The case can no longer be withdrawn" },
  "case-not-closed": { status: 409, title: "The case is open" },
  "case-not-ratable": { status: 409, title: "The case cannot be rated" },
  "stale-case": { status: 409, title: "The case changed since you loaded it" },
};

export function problemForDomainError(
  code: DomainErrorCode,
  detail: string,
  details?: Record<string, unknown>,
): HttpProblem {
  const { status, title } = DOMAIN_ERRORS[code];
  return new HttpProblem(status, code, title, detail, undefined, details);
}
