import { describe, expect, it } from "vitest";
import { TABLE_DESIGN } from "#repositories/table-design";
import { ROUTE_LIST, useSynthesizedStacks } from "./stack-synth";
import {
  allStatements,
  asList,
  getAtt,
  logicalIdOf,
  roleOfFunction,
  routeFunctionId,
  type Statement,
} from "./template-queries";

useSynthesizedStacks();

/**
 * Actions AWS offers no resource-level permissions for, so "*" is the only possible resource:
 * CDK grants them for the state machine's X-Ray tracing and CloudWatch Logs delivery.
 */
const ACTIONS_ONLY_GRANTABLE_ON_ANY_RESOURCE = new Set([
  "xray:PutTraceSegments",
  "xray:PutTelemetryRecords",
  "logs:CreateLogDelivery",
  "logs:UpdateLogDelivery",
  "logs:DeleteLogDelivery",
  "logs:PutResourcePolicy",
]);

function isReadOnly(action: string): boolean {
  const operation = action.split(":")[1] ?? "";
  return /^(Get|List|Describe|BatchGet|Query|Scan)/.test(operation);
}

describe("IAM", () => {
  it("grants no write action on every resource (*), beyond what AWS only allows that way", () => {
    const offending = allStatements()
      .filter(({ statement }) => statement.Effect === "Allow" && asList(statement.Resource).includes("*"))
      .flatMap(({ roles, statement }) =>
        asList(statement.Action)
          .filter((action) => action.includes("*") || !isReadOnly(action))
          .filter((action) => !ACTIONS_ONLY_GRANTABLE_ON_ANY_RESOURCE.has(action))
          .map((action) => `${roles.join(",")}: ${action}`),
      );
    expect(offending).toEqual([]);
  });

  it("grants no wildcard Cognito action, and Cognito actions to route functions only", () => {
    const cognitoActions = (statement: Statement) =>
      asList(statement.Action).filter((action) => action.startsWith("cognito-idp:") || action === "*");
    const all = allStatements().flatMap(({ statement }) => cognitoActions(statement));
    expect(all.filter((action) => action.includes("*"))).toEqual([]);
    const routeRoles = new Set(ROUTE_LIST.map((route) => roleOfFunction(routeFunctionId(route))));
    const elsewhere = allStatements()
      .filter(({ roles }) => !roles.some((role) => routeRoles.has(role)))
      .flatMap(({ statement }) => cognitoActions(statement));
    expect(elsewhere).toEqual([]);
  });

  it("names the table's indexes one by one, and only for grants that Query", () => {
    const tableArn = getAtt(logicalIdOf("AWS::DynamoDB::GlobalTable"), "Arn");
    const indexArns = Object.values(TABLE_DESIGN.indexes).map((index) => ({
      "Fn::Join": ["", [tableArn, `/index/${index.name}`]],
    }));
    for (const { roles, statement } of allStatements()) {
      const resources = asList(statement.Resource);
      expect(JSON.stringify(resources), roles.join(",")).not.toContain("/index/*");
      const queries = asList(statement.Action).includes("dynamodb:Query");
      for (const indexArn of indexArns) {
        if (queries) expect(resources, roles.join(",")).toContainEqual(indexArn);
        else expect(resources, roles.join(",")).not.toContainEqual(indexArn);
      }
    }
  });

  it("never lets anything scan the table: no request path may", () => {
    const scans = allStatements()
      .flatMap(({ statement }) => asList(statement.Action))
      .filter((action) => action === "dynamodb:Scan" || action === "dynamodb:*");
    expect(scans).toEqual([]);
  });
});
