import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import type { CaseTable } from "./cases/table";
import { withoutKeys } from "./keys";
import { conditionFailedItem } from "./queries";

/** A request's first answer, kept under its caller's Idempotency-Key (or an SES message's id). */
export const IdempotencyRecord = z.object({
  payloadHash: z.optional(z.string()),
  /** Epoch seconds: the table's TTL removes the record after this (eventually: readers check it too). */
  expiresAt: z.number(),
  response: z.unknown(),
});
export type IdempotencyRecord = z.infer<typeof IdempotencyRecord>;

/** What a request with an Idempotency-Key claims: its record's key, its payload, until when. */
export interface IdempotencyClaim {
  key: { pk: string; sk: string };
  /** The body sent with a key the caller chose; none where the key names the content (an SES message id). */
  payloadHash?: string;
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
  const { key, payloadHash, expiresAt, nowSeconds } = claim;
  return {
    Put: {
      TableName: tableName,
      Item: { ...key, ...(payloadHash === undefined ? {} : { payloadHash }), expiresAt, response },
      ConditionExpression: "attribute_not_exists(pk) OR expiresAt <= :now",
      ExpressionAttributeValues: { ":now": nowSeconds },
      ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
    },
  };
}

/** The live record under the claim's key, read consistently (a first answer just kept counts). */
export async function readIdempotencyRecord(
  { db, tableName }: CaseTable,
  claim: IdempotencyClaim,
): Promise<IdempotencyRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: claim.key, ConsistentRead: true }),
  );
  return liveIdempotencyRecord(Item, claim);
}

/**
 * Keeps the first answer where nothing else is written with it: undefined once kept, or the
 * live record that holds the key already (a duplicate kept its answer first).
 */
export async function putIdempotencyRecord(
  { db, tableName }: CaseTable,
  claim: IdempotencyClaim,
  response: unknown,
): Promise<IdempotencyRecord | undefined> {
  try {
    await db.send(new PutCommand(idempotencyRecordPut(tableName, claim, response).Put));
    return undefined;
  } catch (error) {
    const first = liveIdempotencyRecord(conditionFailedItem(error), claim);
    if (first) return first;
    throw error;
  }
}
