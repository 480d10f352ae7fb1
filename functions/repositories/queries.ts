import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";

/** A conditional write or transaction lost: the item is not in the state the caller expected. */
export function isConditionFailure(error: unknown): boolean {
  return (
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((r) => r.Code === "ConditionalCheckFailed")) ||
    (error instanceof Error && error.name === "ConditionalCheckFailedException")
  );
}

/** Why each item of a cancelled transaction failed (its code, and the item when asked for), in order; undefined for other errors. */
export function cancellationReasons(
  error: unknown,
): { code: string | undefined; item: Record<string, unknown> | undefined }[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => ({
    code: reason.Code,
    item: reason.Item ? unmarshall(reason.Item) : undefined,
  }));
}

/** The item a conditional write was refused for (ReturnValuesOnConditionCheckFailure ALL_OLD); undefined for other errors. */
export function conditionFailedItem(error: unknown): Record<string, unknown> | undefined {
  return error instanceof ConditionalCheckFailedException && error.Item ? unmarshall(error.Item) : undefined;
}

/** Every item a Query finds, following its pages to the end. */
export async function queryAllPages(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Every item of one partition whose sort key starts with `prefix`, following pages to the end. */
export function queryAllByPrefix(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: { pk: string; skPrefix: string },
  order: "oldest-first" | "newest-first" = "oldest-first",
): Promise<Record<string, unknown>[]> {
  return queryAllPages(db, {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": key.pk, ":prefix": key.skPrefix },
    ScanIndexForward: order === "oldest-first",
  });
}

/** Items read per request while a filtered page is topped up. */
const FILTERED_CHUNK = 100;
/** Requests one filtered page may take: bounded work per call, whatever the filter matches. */
const MAX_FILTERED_READS = 5;

/**
 * One page of a Query, `limit` items at most. DynamoDB applies a FilterExpression after it has
 * read `Limit` items, so a filtered page is read in chunks until `limit` items match (at most
 * MAX_FILTERED_READS requests; a page may then be short and still have a next key), and the
 * next key points just after the last item returned, so nothing is skipped or repeated.
 * `keyAttributes` are the key attributes of the table or index queried (what a start key holds).
 */
export async function queryPage(
  db: DynamoDBDocumentClient,
  input: QueryCommandInput,
  limit: number,
  keyAttributes: readonly string[],
): Promise<{ items: Record<string, unknown>[]; nextKey?: Record<string, unknown> }> {
  const filtered = input.FilterExpression !== undefined;
  const items: Record<string, unknown>[] = [];
  let startKey = input.ExclusiveStartKey;
  for (let reads = 0; reads < (filtered ? MAX_FILTERED_READS : 1); reads++) {
    const page = await db.send(
      new QueryCommand({
        ...input,
        Limit: filtered ? Math.max(limit, FILTERED_CHUNK) : limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const found = page.Items ?? [];
    const kept = found.slice(0, limit - items.length);
    items.push(...kept);
    if (kept.length < found.length) {
      const last = kept.at(-1) ?? {};
      return { items, nextKey: Object.fromEntries(keyAttributes.map((name) => [name, last[name]])) };
    }
    startKey = page.LastEvaluatedKey;
    if (!startKey || items.length >= limit) break;
  }
  return { items, ...(startKey ? { nextKey: startKey } : {}) };
}
