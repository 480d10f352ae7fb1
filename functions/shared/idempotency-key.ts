/**
 * The Idempotency-Key contract every creating POST shares, whichever way it keeps its records
 * (Powertools' middleware in idempotency.ts, or in the route's own transaction).
 */

/** The header a client retries with, as API Gateway hands it over (lower case). */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

/** How long a key holds its first answer; the records' TTL. */
export const IDEMPOTENCY_SECONDS = 24 * 60 * 60;
