import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { TABLE_DESIGN } from "#repositories/table-design";
import { LOCAL_AWS } from "../aws";

/** Creates the table exactly as TABLE_DESIGN describes it (CDK reads the same design); returns its stream ARN. */
export async function createTable(endpoint: string, tableName: string): Promise<string> {
  const db = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  const { partitionKey, sortKey, indexes, streamView, timeToLiveAttribute } = TABLE_DESIGN;
  const indexList = Object.values(indexes);
  const attributeNames = [partitionKey, sortKey, ...indexList.flatMap((i) => [i.partitionKey, i.sortKey])];
  try {
    await db.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: attributeNames.map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: "HASH" },
          { AttributeName: sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: indexList.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: streamView },
      }),
    );
    await db.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      }),
    );
    const { Table } = await db.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.LatestStreamArn) throw new Error(`table ${tableName} has no stream`);
    return Table.LatestStreamArn;
  } finally {
    db.destroy();
  }
}
