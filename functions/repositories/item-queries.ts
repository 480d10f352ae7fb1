import { type DynamoDBClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { MARSHALL_OPTIONS } from "#shared/client-settings";

/** A Query's input with plain values, as the document client takes it. */
export interface ItemQuery {
  TableName: string;
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
  ConsistentRead?: boolean;
}

/** The input the low-level client takes for `query`: its values marshalled as the document client would. */
export function marshalledQuery(query: ItemQuery): QueryCommandInput {
  return { ...query, ExpressionAttributeValues: marshall(query.ExpressionAttributeValues, MARSHALL_OPTIONS) };
}

/**
 * Every item a Query finds, following its pages to the end, through a low-level client: values
 * marshalled and items unmarshalled with util-dynamodb, with the document client's options.
 */
export async function queryAllItems(
  client: DynamoDBClient,
  query: ItemQuery,
): Promise<Record<string, unknown>[]> {
  const input = marshalledQuery(query);
  const items: Record<string, unknown>[] = [];
  let startKey: QueryCommandInput["ExclusiveStartKey"];
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) items.push(unmarshall(item));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
