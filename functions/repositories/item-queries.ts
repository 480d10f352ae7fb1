import { type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/** A Query's input with plain values, as the document client takes it. */
export interface ItemQuery {
  TableName: string;
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
  ConsistentRead?: boolean;
}

/**
 * Every item a Query finds, following its pages to the end, through a low-level client: values
 * marshalled and items unmarshalled with util-dynamodb, as the document client does.
 */
export async function queryAllItems(
  client: DynamoDBClient,
  query: ItemQuery,
): Promise<Record<string, unknown>[]> {
  const input = { ...query, ExpressionAttributeValues: marshall(query.ExpressionAttributeValues) };
  const items: Record<string, unknown>[] = [];
  let startKey: QueryCommand["input"]["ExclusiveStartKey"];
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) items.push(unmarshall(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
