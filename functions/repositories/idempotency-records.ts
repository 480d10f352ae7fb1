import * as z from "zod/mini";
import { withoutKeys } from "./keys";

/** A request's first answer, kept under its caller's Idempotency-Key. */
export const IdempotencyRecord = z.object({
  payloadHash: z.string(),
  /** Epoch seconds: the table's TTL removes the record after this (eventually: readers check it too). */
  expiresAt: z.number(),
  response: z.unknown(),
});
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>;

/** What a request with an Idempotency-Key claims: its record's key, its payload, until when. */
export interface IdempotencyClaim {
  key: { pk: string; sk: string };
  payloadHash: string;
  expiresAt: number;
  /** Epoch seconds now: a record expired before this no longer holds the key. */
  nowSeconds: number;
}

/** The record an item holds, unless it expired. */
export function liveIdempotencyRecord(
  item: Record<string, unknown> | undefined,
  claim: IdempotencyClaim,
): IdempotencyRecord | undefined {
  const record = item ? IdempotencyRecord.parse(withoutKeys(item)) : undefined;
  return record && record.expiresAt > claim.nowSeconds ? record : undefined;
}

/**
 * The transaction item that keeps the first answer with what the request created: it holds
 * only while no live record has the key, and hands back the one that has it.
 */
export function idempotencyRecordPut(tableName: string, claim: IdempotencyClaim, response: unknown) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...claim.key, payloadHash: claim.payloadHash, expiresAt: claim.expiresAt, response },
      ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
      ExpressionAttributeValues: { ":now": claim.nowSeconds },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
    },
  };
}
