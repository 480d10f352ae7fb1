import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../functions/api/routes";
import { EMAIL_TEMPLATES } from "../../functions/email/templates";
import { TABLE_DESIGN } from "../../functions/repositories/table-design";
import { GROUPS } from "../../functions/shared/caller";
import { FOLLOW_UP_DEFINITION_FILE, taskResources } from "../../infra/constructs/follow-up-workflow";
import { fromRepositoryRoot } from "../../infra/constructs/repository";
import { SupportCenterStack } from "../../infra/support-center-stack";

const ACCOUNT = "123456789012";
const REGION = "eu-west-1";
const SENDER = "support@support-center.example";

const ROUTE_LIST = Object.values(ROUTES);
const ASL_TEXT = readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8");
const ASL = JSON.parse(ASL_TEXT) as { States: Record<string, unknown> };

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

interface CfnResource {
  Type: string;
  Properties: Record<string, unknown>;
}

const BUNDLED_STACK = "SupportCenter-test";

let template: Template;
/** The same stack with every option set; not bundled again (its code is the same). */
let withOptions: Template;

// Synthesis bundles every function with esbuild: do it once for the whole file.
beforeAll(() => {
  // The feature flags `cdk synth` uses, so the test sees what gets deployed.
  const cdkJson = JSON.parse(readFileSync(fromRepositoryRoot("cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  const app = new App({ context: { ...cdkJson.context, "aws:cdk:bundling-stacks": [BUNDLED_STACK] } });
  const props = {
    env: { account: ACCOUNT, region: REGION },
    stage: "test",
    senderAddress: SENDER,
    vendorName: "Acme Backup",
    supportTimeZone: "Asia/Shanghai",
  };
  const bundled = new SupportCenterStack(app, BUNDLED_STACK, props);
  const optioned = new SupportCenterStack(app, "SupportCenter-options", {
    ...props,
    corsOrigins: ["https://portal.example.com"],
    alarmEmail: "ops@example.com",
    createSenderIdentity: true,
  });
  // Both stacks exist before the app synthesizes: the tree may not change afterwards.
  template = Template.fromStack(bundled);
  withOptions = Template.fromStack(optioned);
}, 120_000);

function resources(type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type)) as [string, CfnResource][];
}

function only(type: string): [string, CfnResource] {
  const found = resources(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

function asList<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function logicalIdOf(type: string): string {
  return only(type)[0];
}

/** Every statement of every IAM policy document in the template, with the roles it is attached to. */
function allStatements(): { roles: string[]; statement: Statement }[] {
  const fromPolicies = resources("AWS::IAM::Policy").flatMap(([, policy]) => {
    const roles = asList((policy.Properties.Roles ?? []) as { Ref: string }[]).map((role) => role.Ref);
    const document = policy.Properties.PolicyDocument as { Statement: Statement[] };
    return document.Statement.map((statement) => ({ roles, statement }));
  });
  const inlineInRoles = resources("AWS::IAM::Role").flatMap(([roleId, role]) =>
    ((role.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((policy) =>
      policy.PolicyDocument.Statement.map((statement) => ({ roles: [roleId], statement })),
    ),
  );
  return [...fromPolicies, ...inlineInRoles];
}

function statementsOfRole(roleId: string): Statement[] {
  return allStatements()
    .filter(({ roles }) => roles.includes(roleId))
    .map(({ statement }) => statement);
}

function roleOfFunction(functionId: string): string {
  const fn = template.findResources("AWS::Lambda::Function")[functionId] as CfnResource;
  return (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
}

function roleAssumedBy(service: string): string {
  const found = resources("AWS::IAM::Role").filter(([, role]) =>
    JSON.stringify(role.Properties.AssumeRolePolicyDocument).includes(`"${service}"`),
  );
  expect(found, service).toHaveLength(1);
  return found[0]![0];
}

function consumerFunctionId(): string {
  const found = resources("AWS::Lambda::Function").filter(([, fn]) =>
    JSON.stringify(fn.Properties.Environment).includes("STATE_MACHINE_ARN"),
  );
  expect(found).toHaveLength(1);
  return found[0]![0];
}

const getAtt = (logicalId: string, attribute: string) => ({ "Fn::GetAtt": [logicalId, attribute] });

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

describe("identity", () => {
  it("is a retained, deletion-protected user pool with e-mail sign-in and the route table's groups", () => {
    template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({
        DeletionProtection: "ACTIVE",
        UsernameAttributes: ["email"],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      }),
    });
    const groups = resources("AWS::Cognito::UserPoolGroup").map(([, group]) => group.Properties.GroupName);
    expect(groups.sort()).toEqual([...GROUPS].sort());
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", { GenerateSecret: false });
  });
});

describe("functions", () => {
  it("one per route plus the stream consumer, all Node 22 on arm64 with their own log group", () => {
    const functions = resources("AWS::Lambda::Function");
    expect(functions).toHaveLength(ROUTE_LIST.length + 1);
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 512,
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: "--enable-source-maps" }) },
      });
    }
  });

  it("serves each route with the table's name in its environment", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    for (const route of ROUTE_LIST) {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Description: Match.stringLikeRegexp(`^${route.method} ${route.path.replace(/[{}]/g, "\\$&")}:`),
        Timeout: 10,
        Environment: { Variables: { TABLE_NAME: { Ref: tableId }, NODE_OPTIONS: "--enable-source-maps" } },
      });
    }
  });

  it("roles write only to their own log group, without AWS managed policies", () => {
    for (const [id] of resources("AWS::Lambda::Function")) {
      const roleId = roleOfFunction(id);
      const role = template.findResources("AWS::IAM::Role")[roleId] as CfnResource;
      expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      const logStatements = statementsOfRole(roleId).filter((s) =>
        asList(s.Action).some((a) => a.startsWith("logs:")),
      );
      expect(logStatements, id).toEqual([
        expect.objectContaining({ Action: ["logs:CreateLogStream", "logs:PutLogEvents"] }),
      ]);
    }
  });
});

describe("the HTTP API", () => {
  it("has exactly one route per route-table entry, each behind the Cognito JWT authorizer", () => {
    const authorizerId = logicalIdOf("AWS::ApiGatewayV2::Authorizer");
    const routes = resources("AWS::ApiGatewayV2::Route");
    expect(routes.map(([, route]) => route.Properties.RouteKey).sort()).toEqual(
      ROUTE_LIST.map((route) => `${route.method} ${route.path}`).sort(),
    );
    for (const [id, route] of routes) {
      expect(route.Properties, id).toMatchObject({
        AuthorizationType: "JWT",
        AuthorizerId: { Ref: authorizerId },
      });
    }
  });

  it("verifies ID tokens of the app client from the stack's user pool", () => {
    const poolId = logicalIdOf("AWS::Cognito::UserPool");
    const clientId = logicalIdOf("AWS::Cognito::UserPoolClient");
    const [, authorizer] = only("AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: { Audience: [{ Ref: clientId }] },
    });
    const issuer = JSON.stringify((authorizer.Properties.JwtConfiguration as { Issuer: unknown }).Issuer);
    expect(issuer).toContain(`https://cognito-idp.${REGION}.`);
    expect(issuer).toContain(`{"Ref":"${poolId}"}`);
  });

  it("has no CORS unless origins are configured, and a throttled default stage", () => {
    const [, api] = only("AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration).toBeUndefined();
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});

describe("the follow-up state machine", () => {
  it("is Standard, defined by the ASL file itself, with no Lambda in it", () => {
    const [, stateMachine] = only("AWS::StepFunctions::StateMachine");
    expect(stateMachine.Properties.StateMachineType).toBe("STANDARD");
    const definition = stateMachine.Properties.DefinitionString as string;
    expect(typeof definition).toBe("string");
    for (const stateName of Object.keys(ASL.States)) expect(definition).toContain(JSON.stringify(stateName));
    expect(definition).toBe(ASL_TEXT);
    expect(definition).not.toContain("lambda:");
    expect(Object.keys(stateMachine.Properties.DefinitionSubstitutions as object).sort()).toEqual([
      "ConfigurationSetName",
      "SenderAddress",
      "TableName",
    ]);
    expect(stateMachine.Properties).toMatchObject({
      DefinitionSubstitutions: { SenderAddress: SENDER },
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: { IncludeExecutionData: false, Level: expect.stringMatching(/^(ERROR|ALL)$/) },
    });
  });

  it("uses only the two service integrations its role is built from", () => {
    expect([...taskResources(ASL)].sort()).toEqual([
      "arn:aws:states:::aws-sdk:sesv2:sendEmail",
      "arn:aws:states:::dynamodb:updateItem",
    ]);
  });

  it("may only UpdateItem on the table and send the templates through the configuration set", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const statements = statementsOfRole(roleAssumedBy("states.amazonaws.com"));
    const actions = statements.flatMap((s) => asList(s.Action));
    expect(actions.filter((action) => action.startsWith("lambda:"))).toEqual([]);
    const dynamodb = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("dynamodb:")));
    expect(dynamodb).toEqual([
      expect.objectContaining({ Action: "dynamodb:UpdateItem", Resource: getAtt(tableId, "Arn") }),
    ]);

    const ses = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("ses:")));
    expect(ses).toHaveLength(1);
    expect(ses[0]!.Action).toBe("ses:SendEmail");
    const resourcesText = JSON.stringify(ses[0]!.Resource);
    const arnPrefix = `arn:aws:ses:${REGION}:${ACCOUNT}:`;
    for (const emailTemplate of EMAIL_TEMPLATES) {
      expect(resourcesText).toContain(`${arnPrefix}template/${emailTemplate.name}`);
    }
    expect(resourcesText).toContain(`${arnPrefix}identity/${SENDER}`);
    expect(resourcesText).toContain(`${arnPrefix}configuration-set/`);
    expect(resourcesText).not.toContain('"*"');
  });
});

describe("the stream consumer", () => {
  it("reads the table's stream in small batches, filtered to replies and case changes, with a DLQ", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const queueId = logicalIdOf("AWS::SQS::Queue");
    const [, mapping] = only("AWS::Lambda::EventSourceMapping");
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: getAtt(tableId, "StreamArn"),
      FunctionName: { Ref: consumerFunctionId() },
      StartingPosition: "TRIM_HORIZON",
      BatchSize: 10,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      DestinationConfig: { OnFailure: { Destination: getAtt(queueId, "Arn") } },
    });
    const patterns = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map(
      (filter) => JSON.parse(filter.Pattern),
    );
    expect(patterns).toEqual([
      { eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["support-reply"] } } } },
      { eventName: ["MODIFY"], dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: ["CASE"] } } } },
    ]);
  });

  it("gets the state machine and the follow-up settings from its environment", () => {
    const stateMachineId = logicalIdOf("AWS::StepFunctions::StateMachine");
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: {
          STATE_MACHINE_ARN: { Ref: stateMachineId },
          VENDOR_NAME: "Acme Backup",
          SUPPORT_TIME_ZONE: "Asia/Shanghai",
          NODE_OPTIONS: "--enable-source-maps",
        },
      },
    });
  });

  it("may only start executions of the state machine and stop its executions", () => {
    const stateMachineId = logicalIdOf("AWS::StepFunctions::StateMachine");
    const statements = statementsOfRole(roleOfFunction(consumerFunctionId()));
    const states = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("states:")));
    expect(states.map((s) => s.Action).sort()).toEqual(["states:StartExecution", "states:StopExecution"]);
    const start = states.find((s) => s.Action === "states:StartExecution")!;
    const stop = states.find((s) => s.Action === "states:StopExecution")!;
    expect(start.Resource).toEqual({ Ref: stateMachineId });
    const stopResource = JSON.stringify(stop.Resource);
    expect(stopResource).toContain(`arn:aws:states:${REGION}:${ACCOUNT}:execution:`);
    expect(stopResource).toMatch(/":\*"\]\]\}$/);
    const dynamodbWrites = statements
      .flatMap((s) => asList(s.Action))
      .filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a));
    expect(dynamodbWrites).toEqual([]);
  });
});

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

  it("never lets anything scan the table: no request path may", () => {
    const scans = allStatements()
      .flatMap(({ statement }) => asList(statement.Action))
      .filter((action) => action === "dynamodb:Scan" || action === "dynamodb:*");
    expect(scans).toEqual([]);
  });
});

describe("e-mail", () => {
  it("deploys every template of EMAIL_TEMPLATES, word for word", () => {
    const deployed = resources("AWS::SES::Template").map(
      ([, resource]) => (resource.Properties as { Template: Record<string, string> }).Template,
    );
    expect(deployed.map((t) => t.TemplateName).sort()).toEqual(EMAIL_TEMPLATES.map((t) => t.name).sort());
    for (const emailTemplate of EMAIL_TEMPLATES) {
      expect(deployed).toContainEqual({
        TemplateName: emailTemplate.name,
        SubjectPart: emailTemplate.subject,
        TextPart: emailTemplate.text,
        HtmlPart: emailTemplate.html,
      });
    }
  });

  it("sends through a configuration set named for the stage, and creates no identity by default", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", { Name: "support-center-test" });
    template.resourceCountIs("AWS::SES::EmailIdentity", 0);
  });
});

describe("operations", () => {
  it("alarms on failed and timed-out executions and on dead-lettered stream batches", () => {
    const topicId = logicalIdOf("AWS::SNS::Topic");
    const alarms = resources("AWS::CloudWatch::Alarm").map(([, alarm]) => alarm.Properties);
    expect(alarms.map((alarm) => alarm.MetricName).sort()).toEqual([
      "ApproximateNumberOfMessagesVisible",
      "ExecutionsFailed",
      "ExecutionsTimedOut",
    ]);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
  });

  it("outputs what operators and clients need", () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    expect(outputs).toEqual(
      expect.arrayContaining([
        "ApiUrl",
        "UserPoolId",
        "UserPoolClientId",
        "StateMachineArn",
        "TableName",
        "FollowUpExecutionsConsole",
      ]),
    );
    template.hasOutput("FollowUpExecutionsConsole", {
      Value: {
        "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("console\\.aws\\.amazon\\.com/states")])],
      },
    });
  });
});

describe("options", () => {
  it("allows the configured browser origins for the route table's methods", () => {
    withOptions.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ["https://portal.example.com"],
        AllowMethods: [...new Set(ROUTE_LIST.map((route) => route.method))],
        AllowHeaders: ["authorization", "content-type"],
      }),
    });
  });

  it("mails alarms to the given address and can create the sender identity", () => {
    withOptions.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@example.com",
    });
    withOptions.hasResourceProperties("AWS::SES::EmailIdentity", { EmailIdentity: SENDER });
  });
});
