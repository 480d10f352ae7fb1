import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import { TABLE_DESIGN } from "#repositories/table-design";

/** Only a Query reads an index; every other item action names the table itself. */
const INDEX_ACTIONS = new Set(["dynamodb:Query"]);

/**
 * Exactly `actions` on the table, and on its indexes by name when a Query is among them.
 * `table.grant()` would add `<table>/index/*` to every grant, reads or not; naming the
 * indexes of TABLE_DESIGN keeps each grant to what it can use. The table is encrypted with
 * the AWS managed key, so no KMS grant is needed (a customer-managed key would need one).
 */
export function grantTable(table: ITableV2, grantee: IGrantable, actions: readonly string[]): Grant {
  const indexArns = actions.some((action) => INDEX_ACTIONS.has(action))
    ? Object.values(TABLE_DESIGN.indexes).map((index) => `${table.tableArn}/index/${index.name}`)
    : [];
  return Grant.addToPrincipal({
    grantee,
    actions: [...actions],
    resourceArns: [table.tableArn, ...indexArns],
  });
}
