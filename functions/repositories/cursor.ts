import * as z from "zod/mini";
import { keys } from "./keys";
import { TABLE_DESIGN } from "./table-design";

/** Pagination cursors are the opaque base64url form of DynamoDB's LastEvaluatedKey. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey), "utf8").toString("base64url") : undefined;
}

/**
 * What the cursors of one listing hold: exactly the key attributes of the table or index it
 * queries, inside the one partition it reads. DynamoDB refuses any other ExclusiveStartKey with
 * a ValidationException, so a cursor is checked against this before it reaches a query.
 */
export interface CursorShape {
  attributes: readonly string[];
  partition: Record<string, string>;
}

const TABLE_KEY = [TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey];
const { customerCases, openCaseQueue } = TABLE_DESIGN.indexes;

export const cursorShapes = {
  customerCases: (customerId: string): CursorShape => ({
    attributes: [...TABLE_KEY, customerCases.partitionKey, customerCases.sortKey],
    partition: keys.customerCasesOf(customerId),
  }),
  openCaseQueue: (): CursorShape => ({
    attributes: [...TABLE_KEY, openCaseQueue.partitionKey, openCaseQueue.sortKey],
    partition: keys.openQueue(),
  }),
  feedback: (): CursorShape => ({ attributes: TABLE_KEY, partition: keys.allFeedback() }),
  noticeSubscribers: (productId: string): CursorShape => ({
    attributes: TABLE_KEY,
    partition: { pk: keys.noticeSubscribersOf(productId).pk },
  }),
};

/** DynamoDB's limit for a sort key value (partition keys may have 2048 bytes; ours are fixed anyway). */
const MAX_KEY_BYTES = 1024;

/** With the u flag a surrogate pair is one code point, so this finds only unpaired halves (no UTF-8 for them). */
const LONE_SURROGATE = /\p{Surrogate}/u;

const KeyValue = z.string().check(
  z.minLength(1),
  z.refine((value) => !LONE_SURROGATE.test(value) && Buffer.byteLength(value, "utf8") <= MAX_KEY_BYTES),
);

const CursorKey = z.record(z.string(), KeyValue);

/** The start key of a cursor of this shape; undefined when the cursor is not one of ours (callers turn that into a 400). */
export function decodeCursor(cursor: string, shape: CursorShape): Record<string, string> | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const parsed = CursorKey.safeParse(decoded);
  if (!parsed.success) return undefined;
  const key = parsed.data;
  const names = Object.keys(key).sort();
  const expected = [...shape.attributes].sort();
  if (names.length !== expected.length || names.some((name, i) => name !== expected[i])) return undefined;
  if (Object.entries(shape.partition).some(([name, value]) => key[name] !== value)) return undefined;
  return key;
}
