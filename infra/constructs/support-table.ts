import { RemovalPolicy } from "aws-cdk-lib";
import {
  type Attribute,
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { TABLE_DESIGN } from "#repositories/table-design";

function stringKey(name: string): Attribute {
  return { name, type: AttributeType.STRING };
}

/**
 * The one table, built from TABLE_DESIGN (the local bootstrap reads the same design).
 * TableV2 (AWS::DynamoDB::GlobalTable) rather than Table: it is CDK's recommended table
 * construct, and adding a replica region later is a property change, whereas moving a
 * retained Table to TableV2 would mean a delete-and-import dance on production data.
 */
export function supportTable(scope: Construct, id: string): TableV2 {
  const { partitionKey, sortKey, indexes, streamView, timeToLiveAttribute } = TABLE_DESIGN;
  return new TableV2(scope, id, {
    partitionKey: stringKey(partitionKey),
    sortKey: stringKey(sortKey),
    globalSecondaryIndexes: Object.values(indexes).map((index) => ({
      indexName: index.name,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
      projectionType: ProjectionType.ALL,
    })),
    billing: Billing.onDemand(),
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    dynamoStream: StreamViewType[streamView],
    timeToLiveAttribute,
    // AWS managed key: key usage shows up in CloudTrail, and no key policy to maintain.
    encryption: TableEncryptionV2.awsManagedKey(),
  });
}
