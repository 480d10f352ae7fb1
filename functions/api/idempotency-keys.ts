import { createHash } from "node:crypto";
import * as z from "zod/mini";
import type { IdempotencyClaim, IdempotencyRecord } from "#repositories/idempotency-records";
import { keys } from "#repositories/keys";
import type { Caller } from "#shared/caller";
import type { ApiEvent, ApiResponse } from "#shared/http";
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_SECONDS } from "#shared/idempotency-key";
import { problems } from "#shared/problem";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * What a request's `Idempotency-Key` claims, for a route that keeps the first answer in the
 * transaction of what it creates (see idempotency-records.ts): the record per caller and key,
 * the payload it was sent with, kept for a day. Undefined without the header.
 */
export function idempotencyClaim(
  event: ApiEvent,
  caller: Caller,
  scope: string,
  payload: unknown,
  now = Date.now(),
): IdempotencyClaim | undefined {
  const key = event.headers?.[IDEMPOTENCY_KEY_HEADER];
  if (!key) return undefined;
  const nowSeconds = Math.floor(now / 1000);
  return {
    key: keys.idempotencyRecord(scope, sha256(`${caller.id}#${key}`)),
    payloadHash: sha256(JSON.stringify(payload)),
    expiresAt: nowSeconds + IDEMPOTENCY_SECONDS,
    nowSeconds,
  };
}

const StoredResponse = z.object({
  status: z.number(),
  body: z.unknown(),
  headers: z.optional(z.record(z.string(), z.string())),
});

/** The answer kept for the key: the first answer again, or 422 when the key came with another body. */
export function replayed(claim: IdempotencyClaim, record: IdempotencyRecord): ApiResponse {
  if (record.payloadHash !== claim.payloadHash) throw problems.idempotencyKeyReused();
  return StoredResponse.parse(record.response);
}
