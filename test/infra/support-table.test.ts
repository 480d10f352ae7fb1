import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { TABLE_DESIGN } from "#repositories/table-design";
import { REGION, template, useSynthesizedStacks } from "./stack-synth";
import { only } from "./template-queries";

useSynthesizedStacks();

describe("the table", () => {
  it("is built from TABLE_DESIGN: keys, indexes, stream, TTL, on demand", () => {
    const { partitionKey, sortKey, indexes, streamView, timeToLiveAttribute } = TABLE_DESIGN;
    const [, table] = only("AWS::DynamoDB::GlobalTable");
    expect(table.Properties).toMatchObject({
      KeySchema: [
        { AttributeName: partitionKey, KeyType: "HASH" },
        { AttributeName: sortKey, KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      StreamSpecification: { StreamViewType: streamView },
      TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
    const attributes = table.Properties.AttributeDefinitions as {
      AttributeName: string;
      AttributeType: string;
    }[];
    expect(attributes.every((attribute) => attribute.AttributeType === "S")).toBe(true);
    const deployedIndexes = table.Properties.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: unknown;
    }[];
    expect(deployedIndexes).toEqual(
      Object.values(indexes).map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
  });

  it("is protected: point-in-time recovery, deletion protection, retained", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            Region: REGION,
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      }),
    });
  });
});
