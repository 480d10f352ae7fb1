import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";

/** A conditional write or transaction lost: the item is not in the state the caller expected. */
export function isConditionFailure(error: unknown): boolean {
  return (
    (error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((r) => r.Code === "ConditionalCheckFailed")) ||
    (error instanceof Error && error.name === "ConditionalCheckFailedException")
  );
}

/** Every item of one partition whose sort key starts with `prefix`, following pages to the end. */
export async function queryAllByPrefix(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: { pk: string; skPrefix: string },
  order: "oldest-first" | "newest-first" = "oldest-first",
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": key.pk, ":prefix": key.skPrefix },
        ScanIndexForward: order === "oldest-first",
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
