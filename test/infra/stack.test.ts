import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { App, Stack, Validations } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteDefinition } from "../../functions/api/routes";
import { PASSWORD_POLICY } from "../../functions/domain/password-policy";
import { EMAIL_TEMPLATES } from "../../functions/email/templates";
import { TABLE_DESIGN } from "../../functions/repositories/table-design";
import { GROUPS } from "../../functions/shared/caller";
import { BUSINESS_METRICS, METRICS_NAMESPACE, serviceNameFor } from "../../functions/shared/metric-names";
import { FOLLOW_UP_DEFINITION_FILE, taskResources } from "../../infra/constructs/follow-up-workflow";
import { INBOUND_MAX_EVENT_AGE, INBOUND_RETRY_ATTEMPTS } from "../../infra/constructs/inbound-mail";
import { fromRepositoryRoot } from "../../infra/constructs/repository";
import { DEFAULT_ALARM_THRESHOLDS } from "../../infra/constructs/support-alarms";
import {
  ACCESS_LOG_FIELDS,
  AUTH_ROUTE_BURST_LIMIT,
  AUTH_ROUTE_RATE_LIMIT,
} from "../../infra/constructs/support-api";
import { EMAIL_METRICS_DIMENSION } from "../../infra/constructs/support-email";
import {
  ACCESS_LOG_RETENTION,
  ATTACHMENTS_PREFIX,
  RELEASES_PREFIX,
  SupportFiles,
} from "../../infra/constructs/support-files";
import {
  powertoolsEnvironment,
  secretsExtension,
  supportFunction,
} from "../../infra/constructs/support-function";
import { lambdaContext } from "../../infra/local/lambda-context";
import { SupportCenterStack } from "../../infra/support-center-stack";
import {
  controlTowerFindings,
  type GuardExemption,
  type GuardFinding,
  guardExemptions,
} from "./control-tower";
import { usePortalBuild } from "./portal-build";

const ACCOUNT = "123456789012";
const REGION = "eu-west-1";
const SENDER = "support@support-center.example";

/** A layer ARN given as `-c secretsExtensionLayerArn=…` (a region CDK's facts lack). */
const EXTENSION_LAYER_OVERRIDE =
  "arn:aws:lambda:eu-west-1:111122223333:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:99";

const ROUTE_LIST: RouteDefinition[] = Object.values(ROUTES);
const routeKey = (route: RouteDefinition) => `${route.method} ${route.path}`;

// What each `needs.table` may do: never Scan, never BatchWriteItem.
const TABLE_READ = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
];
const TABLE_WRITE = [...TABLE_READ, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
const EXPECTED_TABLE_ACTIONS: Record<NonNullable<RouteDefinition["needs"]["table"]>, string[]> = {
  read: TABLE_READ,
  write: TABLE_WRITE,
};

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

let template: Template;
/** The same stack with every option flipped. */
let withOptions: Template;
/** The two stacks themselves, for cdk-nag (it checks the construct tree). */
let stacks: Stack[];

/** The feature flags `cdk synth` uses, so the tests see what gets deployed. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(fromRepositoryRoot("cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

const portal = usePortalBuild();

beforeAll(() => {
  // No stack is bundled: esbuild on every function costs ~45 s on two cores and says nothing
  // about the template. NodejsFunction still checks each entry exists; "bundling" below runs
  // esbuild for real on one function with the same settings.
  const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
  const props = {
    env: { account: ACCOUNT, region: REGION },
    stage: "test",
    senderAddress: SENDER,
    vendorName: "Acme Backup",
    supportRegion: "cn" as const,
    portalDirectory: portal.directory,
  };
  const defaults = new SupportCenterStack(app, "SupportCenter-test", props);
  const optioned = new SupportCenterStack(app, "SupportCenter-options", {
    ...props,
    corsOrigins: ["https://portal.example.com"],
    alarmEmail: "ops@example.com",
    createSenderIdentity: true,
    threatProtection: false,
    cognitoEmailViaSes: true,
    alarmThresholds: { abortedFollowUpsPerHour: 200, api5xxPer5Minutes: 20 },
    secretsExtensionLayerArn: EXTENSION_LAYER_OVERRIDE,
  });
  // Both stacks exist before the app synthesizes: the tree may not change afterwards.
  template = Template.fromStack(defaults);
  withOptions = Template.fromStack(optioned);
  stacks = [defaults, optioned];
}, 60_000);

function resources(type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type)) as [string, CfnResource][];
}

/** The project's own functions: not CDK's BucketDeployment handler (Python, CDK's code). */
function ownFunctions(): [string, CfnResource][] {
  return resources("AWS::Lambda::Function").filter(([id]) => !id.startsWith("CustomCDKBucketDeployment"));
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

function roleOfStateMachine(stateMachine: CfnResource): string {
  return (stateMachine.Properties.RoleArn as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
}

function inboundFunctionId(): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) =>
    id.startsWith("InboundMailInboundMailFunction"),
  );
  expect(found).toHaveLength(1);
  return found[0]![0];
}

/** The follow-up's state machine (the release-notices one sits beside it). */
function followUpStateMachine(): [string, CfnResource] {
  const found = resources("AWS::StepFunctions::StateMachine").filter(([id]) => id.startsWith("FollowUp"));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function functionIdStartingWith(prefix: string): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) => id.startsWith(prefix));
  expect(found, prefix).toHaveLength(1);
  return found[0]![0];
}

function consumerFunctionId(): string {
  const found = resources("AWS::Lambda::Function").filter(([id]) => id.startsWith("FollowUpStreamConsumer"));
  expect(found).toHaveLength(1);
  return found[0]![0];
}

const getAtt = (logicalId: string, attribute: string) => ({ "Fn::GetAtt": [logicalId, attribute] });

/** The function serving a route: its description starts with the route key. */
function routeFunctionId(route: RouteDefinition): string {
  const found = resources("AWS::Lambda::Function").filter(([, fn]) =>
    String(fn.Properties.Description).startsWith(`${routeKey(route)}:`),
  );
  expect(found, routeKey(route)).toHaveLength(1);
  return found[0]![0];
}

/** Every action a role may perform on a service ("dynamodb"), with the statements granting them. */
function serviceGrants(roleId: string, service: string): { actions: string[]; statements: Statement[] } {
  const statements = statementsOfRole(roleId).filter((s) =>
    asList(s.Action).some((action) => action.startsWith(`${service}:`)),
  );
  return { actions: statements.flatMap((s) => asList(s.Action)).sort(), statements };
}

function onlyResource(type: string, from: Template): CfnResource {
  const found = Object.values(from.findResources(type)) as CfnResource[];
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

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
  const userPool = () => onlyResource("AWS::Cognito::UserPool", template).Properties;
  const appClient = () => onlyResource("AWS::Cognito::UserPoolClient", template).Properties;
  const profileAttributes = [
    "custom:consent_at",
    "custom:consent_version",
    "custom:country",
    "email",
    "family_name",
    "given_name",
  ];

  it("is a retained, deletion-protected user pool with e-mail sign-in and the route table's groups", () => {
    template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        DeletionProtection: "ACTIVE",
        UsernameAttributes: ["email"],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ["email"],
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: false }),
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
      }),
    });
    const groups = resources("AWS::Cognito::UserPoolGroup").map(([, group]) => group.Properties);
    expect(groups.map((group) => group.GroupName).sort()).toEqual([...GROUPS].sort());
    const precedence = Object.fromEntries(groups.map((group) => [group.GroupName, group.Precedence]));
    expect(precedence).toEqual({ admin: 0, agent: 10, customer: 20 });
    for (const group of groups)
      expect(group.Description, String(group.GroupName)).toEqual(expect.any(String));
  });

  it("enforces PASSWORD_POLICY, the rules the API checks itself", () => {
    expect(userPool().Policies).toEqual({
      PasswordPolicy: {
        MinimumLength: PASSWORD_POLICY.minLength,
        RequireLowercase: PASSWORD_POLICY.requireLowercase,
        RequireUppercase: PASSWORD_POLICY.requireUppercase,
        RequireNumbers: PASSWORD_POLICY.requireDigits,
        RequireSymbols: PASSWORD_POLICY.requireSymbols,
        TemporaryPasswordValidityDays: PASSWORD_POLICY.temporaryPasswordValidityDays,
      },
    });
  });

  it("keeps names and the custom profile attributes, all changeable", () => {
    expect(userPool().Schema).toEqual(
      expect.arrayContaining([
        { Name: "email", Required: true, Mutable: true },
        { Name: "given_name", Required: false, Mutable: true },
        { Name: "family_name", Required: false, Mutable: true },
        {
          Name: "country",
          AttributeDataType: "String",
          Mutable: true,
          StringAttributeConstraints: { MaxLength: "2" },
        },
        { Name: "consent_version", AttributeDataType: "String", Mutable: true },
        { Name: "consent_at", AttributeDataType: "String", Mutable: true },
      ]),
    );
  });

  it("confirms e-mail addresses with a code, in a message that says what it is for", () => {
    const { VerificationMessageTemplate: message } = userPool() as {
      VerificationMessageTemplate: { DefaultEmailOption: string; EmailSubject: string; EmailMessage: string };
    };
    expect(message.DefaultEmailOption).toBe("CONFIRM_WITH_CODE");
    expect(message.EmailSubject).toContain("Acme Backup");
    expect(message.EmailMessage).toContain("{####}");
  });

  it("turns on threat protection by default, with Cognito's own e-mail", () => {
    expect(userPool()).toMatchObject({
      UserPoolTier: "PLUS",
      UserPoolAddOns: { AdvancedSecurityMode: "ENFORCED" },
      EmailConfiguration: { EmailSendingAccount: "COGNITO_DEFAULT" },
    });
  });

  it("lets the API sign in with passwords and refresh tokens only, and nothing else", () => {
    expect(appClient()).toMatchObject({
      GenerateSecret: true,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
      EnableTokenRevocation: true,
      AllowedOAuthFlowsUserPoolClient: false,
    });
  });

  it("issues 15-minute ID and access tokens and 30-day refresh tokens", () => {
    const client = appClient() as {
      IdTokenValidity: number;
      AccessTokenValidity: number;
      RefreshTokenValidity: number;
      TokenValidityUnits: Record<string, string>;
    };
    const inMinutes = (value: number, unit: string | undefined) =>
      value * ({ minutes: 1, hours: 60, days: 24 * 60 }[unit ?? "hours"] ?? Number.NaN);
    const units = client.TokenValidityUnits;
    expect(inMinutes(client.IdTokenValidity, units.IdToken)).toBe(15);
    expect(inMinutes(client.AccessTokenValidity, units.AccessToken)).toBe(15);
    expect(inMinutes(client.RefreshTokenValidity, units.RefreshToken ?? "days")).toBe(30 * 24 * 60);
  });

  it("reads the profile attributes, and writes nothing but the e-mail address: no names, no custom:*", () => {
    const client = appClient();
    expect([...(client.ReadAttributes as string[])].sort()).toEqual(profileAttributes);
    expect(client.WriteAttributes).toEqual(["email"]);
  });

  it("keeps the client secret out of the template: functions read it from Cognito, those that call as the client", () => {
    const secretReaders = ROUTE_LIST.filter((route) =>
      serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp").actions.includes(
        "cognito-idp:DescribeUserPoolClient",
      ),
    ).map(routeKey);
    expect(secretReaders.sort()).toEqual(
      [
        "POST /accounts",
        "POST /accounts/confirm",
        "POST /accounts/confirm/resend",
        "POST /accounts/password-reset",
        "POST /accounts/password-reset/confirm",
        "POST /sessions",
        "POST /sessions/new-password",
        "POST /sessions/refresh",
      ].sort(),
    );
    // CDK's userPoolClientSecret would read it with a custom resource and put it in the template.
    expect(JSON.stringify(template.toJSON())).not.toMatch(/ClientSecret|DescribeCognitoUserPoolClient/);
  });

  it("lets sign-out and password reset end every session of the user (global sign-out)", () => {
    const globalSignOut = ROUTE_LIST.filter((route) =>
      serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp").actions.includes(
        "cognito-idp:AdminUserGlobalSignOut",
      ),
    ).map(routeKey);
    expect(globalSignOut.sort()).toEqual([
      "PATCH /admin/agents/{agentId}",
      "POST /accounts/password-reset/confirm",
      "POST /sessions/sign-out",
    ]);
  });

  it("falls back to ESSENTIALS without threat protection, and can send through SES", () => {
    const pool = onlyResource("AWS::Cognito::UserPool", withOptions).Properties;
    expect(pool.UserPoolTier).toBe("ESSENTIALS");
    expect(pool.UserPoolAddOns).toBeUndefined();
    const configurationSet = Object.keys(withOptions.findResources("AWS::SES::ConfigurationSet"))[0];
    expect(pool.EmailConfiguration).toMatchObject({
      EmailSendingAccount: "DEVELOPER",
      From: `Acme Backup Support <${SENDER}>`,
      ConfigurationSet: { Ref: configurationSet },
    });
    expect(JSON.stringify((pool.EmailConfiguration as { SourceArn: unknown }).SourceArn)).toContain(
      `:identity/${SENDER}`,
    );
  });
});

describe("functions", () => {
  it("one per route plus the stream consumer, the inbound-mail function and the three of release notices, all Node 22 on arm64 with their own log group", () => {
    const functions = ownFunctions();
    expect(functions).toHaveLength(ROUTE_LIST.length + 5);
    // Besides them only CDK's BucketDeployment handler, which copies the portal (test/infra/portal.test.ts).
    expect(resources("AWS::Lambda::Function").length - functions.length).toBe(1);
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

  it("serves each route with the table and the user pool in its environment", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const poolId = logicalIdOf("AWS::Cognito::UserPool");
    const clientId = logicalIdOf("AWS::Cognito::UserPoolClient");
    for (const route of ROUTE_LIST) {
      const fn = template.findResources("AWS::Lambda::Function")[routeFunctionId(route)] as CfnResource;
      expect(fn.Properties, routeKey(route)).toMatchObject({
        Timeout: 10,
        Environment: {
          Variables: {
            TABLE_NAME: { Ref: tableId },
            USER_POOL_ID: { Ref: poolId },
            USER_POOL_CLIENT_ID: { Ref: clientId },
            SUPPORT_REGION: "cn",
            NODE_OPTIONS: "--enable-source-maps",
          },
        },
      });
    }
  });

  it("may use the table exactly as its route's needs say: not at all, read, or write", () => {
    const tableArn = getAtt(logicalIdOf("AWS::DynamoDB::GlobalTable"), "Arn");
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "dynamodb");
      const need = route.needs.table;
      expect(actions, routeKey(route)).toEqual(need ? [...EXPECTED_TABLE_ACTIONS[need]].sort() : []);
      for (const statement of statements) {
        expect(asList(statement.Resource), routeKey(route)).toContainEqual(tableArn);
      }
    }
  });

  it("may call exactly the Cognito actions its route needs, on the stack's user pool only", () => {
    const poolArn = getAtt(logicalIdOf("AWS::Cognito::UserPool"), "Arn");
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "cognito-idp");
      expect(actions, routeKey(route)).toEqual([...(route.needs.identity ?? [])].sort());
      for (const statement of statements) expect(statement.Resource, routeKey(route)).toEqual(poolArn);
    }
  });

  it("may touch the files bucket only as its route's needs say: read, put, or not at all", () => {
    for (const route of ROUTE_LIST) {
      const { actions, statements } = serviceGrants(roleOfFunction(routeFunctionId(route)), "s3");
      const need = route.needs.files;
      const resources = JSON.stringify(statements.map((s) => s.Resource));
      if (!need) expect(actions, routeKey(route)).toEqual([]);
      if (need?.read) {
        expect(actions, routeKey(route)).toContain("s3:GetObject");
        expect(resources, routeKey(route)).toContain(`/${need.read}/*`);
      }
      const puts = actions.filter((a) => a.startsWith("s3:Put"));
      if (need?.write) {
        expect(puts, routeKey(route)).not.toEqual([]);
        expect(resources, routeKey(route)).toContain(`/${need.write}/*`);
      } else expect(puts, routeKey(route)).toEqual([]);
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
  it("has exactly one route per route-table entry, the JWT authorizer on all but the public ones", () => {
    const authorizerId = logicalIdOf("AWS::ApiGatewayV2::Authorizer");
    const routes = resources("AWS::ApiGatewayV2::Route").map(([, route]) => route.Properties);
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(ROUTE_LIST.map(routeKey).sort());
    for (const route of ROUTE_LIST) {
      const deployed = routes.find((candidate) => candidate.RouteKey === routeKey(route));
      if (route.groups === "public") {
        expect(deployed?.AuthorizationType, routeKey(route)).toBe("NONE");
        expect(deployed?.AuthorizerId, routeKey(route)).toBeUndefined();
      } else {
        expect(deployed, routeKey(route)).toMatchObject({
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: authorizerId },
        });
      }
    }
  });

  it("serves the API document and its reference page to anyone: routes without the authorizer", () => {
    const routes = resources("AWS::ApiGatewayV2::Route").map(([, route]) => route.Properties);
    for (const key of ["GET /openapi.json", "GET /docs", "GET /docs/redoc.js"]) {
      const deployed = routes.find((route) => route.RouteKey === key);
      expect(deployed, key).toMatchObject({ AuthorizationType: "NONE" });
      expect(deployed?.AuthorizerId, key).toBeUndefined();
    }
  });

  it("throttles exactly the credential routes harder, after they exist, keeping the stage default", () => {
    const [stageId, stage] = only("AWS::ApiGatewayV2::Stage");
    const authRoutes = ROUTE_LIST.filter((route) => route.throttle === "auth");
    expect(authRoutes.length).toBeGreaterThan(0);
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(
        authRoutes.map((route) => [
          routeKey(route),
          { ThrottlingRateLimit: AUTH_ROUTE_RATE_LIMIT, ThrottlingBurstLimit: AUTH_ROUTE_BURST_LIMIT },
        ]),
      ),
    );
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: 50,
      ThrottlingBurstLimit: 100,
    });
    const routeIds = Object.fromEntries(
      resources("AWS::ApiGatewayV2::Route").map(([id, route]) => [route.Properties.RouteKey, id]),
    );
    const dependsOn = (template.toJSON().Resources[stageId] as { DependsOn?: string[] }).DependsOn ?? [];
    for (const route of authRoutes) expect(dependsOn, routeKey(route)).toContain(routeIds[routeKey(route)]);
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
    const [, stateMachine] = followUpStateMachine();
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
      LoggingConfiguration: { IncludeExecutionData: false, Level: "ALL" },
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
    const statements = statementsOfRole(roleOfStateMachine(followUpStateMachine()[1]));
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

describe("release notices", () => {
  const noticesMachine = () => {
    const found = resources("AWS::StepFunctions::StateMachine").filter(([id]) =>
      id.startsWith("ReleaseNotices"),
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const actionsOf = (roleId: string) => statementsOfRole(roleId).flatMap((s) => asList(s.Action));

  it("is a Standard state machine from its ASL file, invoking only its two functions", () => {
    const [, machine] = noticesMachine();
    expect(machine.Properties.StateMachineType).toBe("STANDARD");
    const text = JSON.stringify(machine.Properties.DefinitionString);
    expect(text).toContain("Send notices to the page");
    expect(text).toContain("DISTRIBUTED");
    const role = roleOfStateMachine(machine);
    const invokes = statementsOfRole(role).filter((s) => asList(s.Action).includes("lambda:InvokeFunction"));
    expect(invokes.flatMap((s) => asList(s.Resource))).toEqual([
      getAtt(functionIdStartingWith("ReleaseNoticesSendNotice"), "Arn"),
      getAtt(functionIdStartingWith("ReleaseNoticesSubscriberPage"), "Arn"),
    ]);
    const tableArn = getAtt(logicalIdOf("AWS::DynamoDB::GlobalTable"), "Arn");
    const dynamodb = serviceGrants(role, "dynamodb");
    expect(dynamodb.actions).toEqual(["dynamodb:UpdateItem"]);
    expect(dynamodb.statements.flatMap((s) => asList(s.Resource))).toEqual([tableArn]);
    // The Distributed Map starts its children as the state machine itself, on its own name only.
    const starts = statementsOfRole(role).filter((s) => asList(s.Action).includes("states:StartExecution"));
    expect(JSON.stringify(starts.map((s) => s.Resource))).toContain(
      "stateMachine:support-center-test-release-notices",
    );
    expect(actionsOf(role)).not.toContain("ses:SendEmail");
  });

  it("starts a run when a file lands under releases/, through EventBridge and release-available alone", () => {
    const [bucketId, bucket] =
      resources("AWS::S3::Bucket").find(([id]) => id.startsWith("FilesBucket")) ?? [];
    expect(bucket?.Properties.NotificationConfiguration).toEqual({
      EventBridgeConfiguration: { EventBridgeEnabled: true },
    });
    const available = functionIdStartingWith("ReleaseNoticesReleaseAvailable");
    template.hasResourceProperties("AWS::Events::Rule", {
      EventPattern: {
        source: ["aws.s3"],
        "detail-type": ["Object Created"],
        detail: { bucket: { name: [{ Ref: bucketId }] }, object: { key: [{ prefix: RELEASES_PREFIX }] } },
      },
      Targets: [Match.objectLike({ Arn: getAtt(available, "Arn") })],
    });
    const starts = statementsOfRole(roleOfFunction(available)).filter((s) =>
      asList(s.Action).includes("states:StartExecution"),
    );
    expect(starts.map((s) => s.Resource)).toEqual([{ Ref: noticesMachine()[0] }]);
    expect(serviceGrants(roleOfFunction(available), "dynamodb").actions).toEqual([
      "dynamodb:GetItem",
      "dynamodb:Query",
    ]);
  });

  it("sends with a claim transaction, the templates and the token key, and nothing more", () => {
    const sender = functionIdStartingWith("ReleaseNoticesSendNotice");
    const role = roleOfFunction(sender);
    expect(serviceGrants(role, "dynamodb").actions).toEqual([
      "dynamodb:ConditionCheckItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
    ]);
    expect(serviceGrants(role, "ses").actions).toEqual(["ses:SendEmail"]);
    expect(serviceGrants(role, "states").actions).toEqual([]);
    const [tokenSecret] =
      resources("AWS::SecretsManager::Secret").find(([id]) => id.startsWith("NoticeTokenSecret")) ?? [];
    const variables = (template.findResources("AWS::Lambda::Function")[sender] as CfnResource).Properties
      .Environment as { Variables: Record<string, unknown> };
    expect(variables.Variables.NOTICE_TOKEN_SECRET_ARN).toEqual({ Ref: tokenSecret });
    expect(JSON.stringify(serviceGrants(role, "secretsmanager").statements.map((s) => s.Resource))).toBe(
      JSON.stringify([{ Ref: tokenSecret }]),
    );
    expect(
      serviceGrants(roleOfFunction(functionIdStartingWith("ReleaseNoticesSubscriberPage")), "dynamodb")
        .actions,
    ).toEqual(["dynamodb:Query"]);
  });

  it("alarms on a failed run", () => {
    const alarm = alarmsByName(template)["support-center-test-release-notices-failed"];
    expect(alarm).toMatchObject({
      Namespace: "AWS/States",
      MetricName: "ExecutionsFailed",
      Dimensions: [{ Name: "StateMachineArn", Value: { Ref: noticesMachine()[0] } }],
      Threshold: 1,
    });
  });
});

describe("the stream consumer", () => {
  it("reads the table's stream in small batches, filtered to replies and case changes, with a DLQ", () => {
    const tableId = logicalIdOf("AWS::DynamoDB::GlobalTable");
    const [queueId = ""] = resources("AWS::SQS::Queue")
      .map(([id]) => id)
      .filter((id) => id.startsWith("FollowUp"));
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
    const stateMachineId = followUpStateMachine()[0];
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: {
          STATE_MACHINE_ARN: { Ref: stateMachineId },
          VENDOR_NAME: "Acme Backup",
          SUPPORT_REGION: "cn",
          // Case e-mails link to case pages under the portal's distribution.
          PORTAL_URL: {
            "Fn::Join": [
              "",
              [
                "https://",
                { "Fn::GetAtt": [logicalIdOf("AWS::CloudFront::Distribution"), "DomainName"] },
                "/portal/",
              ],
            ],
          },
          NODE_OPTIONS: "--enable-source-maps",
        },
      },
    });
  });

  it("may only start executions of the state machine and stop its executions", () => {
    const stateMachineId = followUpStateMachine()[0];
    const statements = statementsOfRole(roleOfFunction(consumerFunctionId()));
    const states = statements.filter((s) => asList(s.Action).some((a) => a.startsWith("states:")));
    expect(states.map((s) => s.Action).sort()).toEqual(["states:StartExecution", "states:StopExecution"]);
    const start = states.find((s) => s.Action === "states:StartExecution")!;
    const stop = states.find((s) => s.Action === "states:StopExecution")!;
    expect(start.Resource).toEqual({ Ref: stateMachineId });
    // Every execution of this state machine (they are named per case at run time), no other.
    expect(stop.Resource).toBe(
      `arn:aws:states:${REGION}:${ACCOUNT}:execution:support-center-test-case-follow-up:*`,
    );
    const dynamodbWrites = statements
      .flatMap((s) => asList(s.Action))
      .filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a));
    // It adds "follow-up sent" events to timelines and may change nothing else.
    expect(dynamodbWrites).toEqual(["dynamodb:PutItem"]);
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
  it("outputs what operators and clients need", () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    expect(outputs).toEqual(
      expect.arrayContaining([
        "PortalUrl",
        "ApiUrl",
        "ApiReferenceUrl",
        "UserPoolId",
        "UserPoolClientId",
        "StateMachineArn",
        "TableName",
        "FollowUpExecutionsConsole",
        "AlarmTopicArn",
        "DashboardUrl",
      ]),
    );
    template.hasOutput("PortalUrl", {
      Value: {
        "Fn::Join": [
          "",
          [
            "https://",
            { "Fn::GetAtt": [Match.stringLikeRegexp("^PortalDistribution"), "DomainName"] },
            "/portal/",
          ],
        ],
      },
    });
    template.hasOutput("ApiReferenceUrl", {
      Value: { "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("/docs$")])] },
    });
    template.hasOutput("FollowUpExecutionsConsole", {
      Value: {
        "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("console\\.aws\\.amazon\\.com/states")])],
      },
    });
  });
});

describe("the files bucket", () => {
  const bucket = (): [string, CfnResource] => {
    const found = resources("AWS::S3::Bucket").filter(([id]) => id.startsWith("FilesBucket"));
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const policyOf = (bucketId: string): CfnResource => {
    const found = resources("AWS::S3::BucketPolicy").filter(
      ([, policy]) => JSON.stringify(policy.Properties.Bucket) === JSON.stringify({ Ref: bucketId }),
    );
    expect(found).toHaveLength(1);
    return found[0]![1];
  };

  it("blocks every kind of public access and disables ACLs", () => {
    expect(bucket()[1].Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    });
  });

  it("denies every request not made over TLS and attachment PUTs that could overwrite, and allows only SES to store received mail under inbound/", () => {
    const [bucketId] = bucket();
    const policy = policyOf(bucketId);
    const { Statement } = policy.Properties.PolicyDocument as {
      Statement: (Statement & { Principal: unknown })[];
    };
    expect(Statement).toEqual([
      {
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "s3:*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
        Resource: [getAtt(bucketId, "Arn"), { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/*"]] }],
      },
      // Attachments are create-only: a PUT without If-None-Match is denied, whoever signed it.
      {
        Sid: "AttachmentsAreCreateOnly",
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "s3:PutObject",
        Condition: { Null: { "s3:if-none-match": "true" } },
        Resource: { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/attachments/*"]] },
      },
      expect.objectContaining({
        Effect: "Allow",
        Principal: { Service: "ses.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: { "Fn::Join": ["", [getAtt(bucketId, "Arn"), "/inbound/*"]] },
        Condition: { StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } },
      }),
    ]);
  });

  it("is encrypted with S3-managed keys, versioned, and aborts stale multipart uploads after a day", () => {
    expect(bucket()[1].Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: "AbortIncompleteMultipartUploads",
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: "Enabled",
          },
        ],
      },
    });
  });

  it("records every request in a private, TLS-only access-log bucket that forgets after 90 days", () => {
    const [, files] = bucket();
    const logBuckets = resources("AWS::S3::Bucket").filter(([id]) => id.startsWith("FilesAccessLogs"));
    expect(logBuckets).toHaveLength(1);
    const [logsId, logs] = logBuckets[0]!;
    expect(files.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logsId },
      LogFilePrefix: "files/",
    });
    expect(logs.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      LifecycleConfiguration: {
        Rules: [
          { Id: "ExpireAccessLogs", ExpirationInDays: ACCESS_LOG_RETENTION.toDays(), Status: "Enabled" },
        ],
      },
    });
    const statements = (policyOf(logsId).Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });

  it("is retained, and nothing deletes its objects", () => {
    template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    expect(JSON.stringify(template.toJSON())).not.toContain("auto-delete-objects");
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("is granted only to the routes that need files and to the inbound-mail function, and its name is an output", () => {
    const [bucketId] = bucket();
    const inboundRoles = resources("AWS::IAM::Role")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMailInboundMailFunction"));
    const filesRoles = new Set([
      ...ROUTE_LIST.filter((r) => r.needs.files).map((r) => roleOfFunction(routeFunctionId(r))),
      ...inboundRoles,
    ]);
    const s3Roles = allStatements()
      .filter(({ statement }) => asList(statement.Action).some((action) => action.startsWith("s3:")))
      .filter(({ statement }) => JSON.stringify(statement.Resource).includes(bucketId))
      .flatMap(({ roles }) => roles);
    expect(new Set(s3Roles)).toEqual(filesRoles);
    template.hasOutput("FilesBucketName", { Value: { Ref: bucketId } });
  });

  it("lets the portal's pages (and configured origins) PUT and GET through presigned URLs, no one else", () => {
    const rule = (origin: unknown) => ({
      AllowedOrigins: [origin],
      AllowedMethods: ["GET", "HEAD", "PUT"],
      AllowedHeaders: ["content-type", "content-md5", "if-none-match"],
      ExposedHeaders: ["ETag"],
      MaxAge: 3600,
    });
    const portalOrigin = {
      "Fn::Join": [
        "",
        ["https://", { "Fn::GetAtt": [logicalIdOf("AWS::CloudFront::Distribution"), "DomainName"] }],
      ],
    };
    expect(bucket()[1].Properties.CorsConfiguration).toEqual({ CorsRules: [rule(portalOrigin)] });
    withOptions.hasResourceProperties("AWS::S3::Bucket", {
      CorsConfiguration: { CorsRules: [rule("https://portal.example.com"), rule(Match.anyValue())] },
    });
  });

  it("grants functions reads of releases/ and puts under one prefix, nothing wider", () => {
    const app = new App({ context: cdkJsonContext() });
    const stack = new Stack(app, "FilesGrants", { env: { account: ACCOUNT, region: REGION } });
    const files = new SupportFiles(stack, "Files", { corsOrigins: [] });
    const reader = new Role(stack, "Reader", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    const writer = new Role(stack, "Writer", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    files.grantReadReleases(reader);
    files.grantPutUnder(writer, ATTACHMENTS_PREFIX);
    expect(() => files.grantPutUnder(writer, "*")).toThrow(/Prefix/);
    const grants = Template.fromStack(stack);
    const filesBucketId = Object.keys(grants.findResources("AWS::S3::Bucket")).find((id) =>
      id.startsWith("FilesBucket"),
    );
    const bucketArn = getAtt(filesBucketId!, "Arn");
    const objects = (prefix: string) => ({ "Fn::Join": ["", [bucketArn, `/${prefix}*`]] });
    const statementsOf = (roleId: string) =>
      Object.values(grants.findResources("AWS::IAM::Policy"))
        .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
        .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    // One exact action on one prefix: no s3:List*, s3:GetBucket*, s3:Abort* or tagging.
    const readerStatements = statementsOf("Reader");
    expect(readerStatements.flatMap((s) => asList(s.Resource))).toEqual([objects(RELEASES_PREFIX)]);
    expect(readerStatements.flatMap((s) => asList(s.Action))).toEqual(["s3:GetObject"]);
    const writerStatements = statementsOf("Writer");
    expect(writerStatements.flatMap((s) => asList(s.Resource))).toEqual([objects(ATTACHMENTS_PREFIX)]);
    expect(writerStatements.flatMap((s) => asList(s.Action))).toEqual(["s3:PutObject"]);
  });
});

describe("options", () => {
  it("allows the configured browser origins for the route table's methods", () => {
    withOptions.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ["https://portal.example.com"],
        AllowMethods: [...new Set(ROUTE_LIST.map((route) => route.method))],
        AllowHeaders: ["authorization", "content-type", "idempotency-key", "if-match"],
        ExposeHeaders: ["location", "retry-after", "etag"],
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

/** Alarm properties by alarm name, in a template. */
function alarmsByName(from: Template): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.values(from.findResources("AWS::CloudWatch::Alarm")).map((alarm) => [
      String(alarm.Properties.AlarmName),
      alarm.Properties as Record<string, unknown>,
    ]),
  );
}

describe("alarms", () => {
  const alarm = (name: string) => {
    const found = alarmsByName(template)[`support-center-test-${name}`];
    expect(found, name).toBeDefined();
    return found!;
  };
  const idOfFunction = (prefix: string) => {
    const [id] = resources("AWS::Lambda::Function")
      .map(([functionId]) => functionId)
      .filter((functionId) => functionId.startsWith(prefix));
    return id;
  };

  it("are exactly these, each on the topic, with nothing happening counted as OK", () => {
    const topicId = logicalIdOf("AWS::SNS::Topic");
    const alarms = alarmsByName(template);
    expect(Object.keys(alarms).sort()).toEqual(
      [
        "api-server-errors",
        "due-times-without-holiday-schedule",
        "email-bounces",
        "email-complaints",
        "email-rendering-failures",
        "first-response-breaches",
        "follow-up-executions-aborted-surge",
        "follow-up-executions-failed",
        "follow-up-executions-timed-out",
        "inbound-mail-dead-letters",
        "inbound-mail-errors",
        "lambda-throttles",
        "release-available-errors",
        "release-notices-failed",
        "stream-consumer-errors",
        "stream-dead-letters",
      ].map((name) => `support-center-test-${name}`),
    );
    for (const [name, properties] of Object.entries(alarms)) {
      expect(properties, name).toMatchObject({
        AlarmActions: [{ Ref: topicId }],
        TreatMissingData: "notBreaching",
        EvaluationPeriods: 1,
        AlarmDescription: expect.stringMatching(/.{30,}/),
      });
    }
  });

  it("fire on any failed or timed-out follow-up execution, and on a surge of aborted ones", () => {
    const stateMachine = [{ Name: "StateMachineArn", Value: { Ref: followUpStateMachine()[0] } }];
    for (const [name, metricName] of [
      ["follow-up-executions-failed", "ExecutionsFailed"],
      ["follow-up-executions-timed-out", "ExecutionsTimedOut"],
    ] as const) {
      expect(alarm(name)).toMatchObject({
        Namespace: "AWS/States",
        MetricName: metricName,
        Dimensions: stateMachine,
        Statistic: "Sum",
        Period: 300,
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      });
    }
    expect(alarm("follow-up-executions-aborted-surge")).toMatchObject({
      Namespace: "AWS/States",
      MetricName: "ExecutionsAborted",
      Dimensions: stateMachine,
      Statistic: "Sum",
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.abortedFollowUpsPerHour,
      ComparisonOperator: "GreaterThanThreshold",
    });
  });

  it("watch API 5xx responses, each asynchronous consumer's errors, and the region's Lambda throttles", () => {
    expect(alarm("api-server-errors")).toMatchObject({
      Namespace: "AWS/ApiGateway",
      MetricName: "5xx",
      Dimensions: [{ Name: "ApiId", Value: { Ref: logicalIdOf("AWS::ApiGatewayV2::Api") } }],
      Statistic: "Sum",
      Period: 300,
      Threshold: DEFAULT_ALARM_THRESHOLDS.api5xxPer5Minutes,
    });
    for (const [name, functionId] of [
      ["stream-consumer-errors", consumerFunctionId()],
      ["inbound-mail-errors", idOfFunction("InboundMailInboundMailFunction")],
    ] as const) {
      expect(alarm(name)).toMatchObject({
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Dimensions: [{ Name: "FunctionName", Value: { Ref: functionId } }],
        Threshold: DEFAULT_ALARM_THRESHOLDS.consumerErrorsPer5Minutes,
      });
    }
    const throttles = alarm("lambda-throttles");
    expect(throttles).toMatchObject({ Namespace: "AWS/Lambda", MetricName: "Throttles", Threshold: 1 });
    // The whole region: concurrency is one pool for every function of the account.
    expect(throttles.Dimensions).toBeUndefined();
  });

  it("fire as soon as any dead-letter queue holds a message, for every queue of the stack", () => {
    const queueIds = resources("AWS::SQS::Queue").map(([id]) => id);
    expect(queueIds).toHaveLength(2);
    const watched = ["stream-dead-letters", "inbound-mail-dead-letters"].map((name) => {
      const properties = alarm(name);
      expect(properties, name).toMatchObject({
        Namespace: "AWS/SQS",
        MetricName: "ApproximateNumberOfMessagesVisible",
        Statistic: "Maximum",
        Threshold: 1,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      });
      return (properties.Dimensions as { Value: { "Fn::GetAtt": [string, string] } }[])[0]!.Value[
        "Fn::GetAtt"
      ][0];
    });
    expect(watched.sort()).toEqual(queueIds.sort());
  });

  it("watch bounces, complaints and rendering failures through the configuration set's CloudWatch destination", () => {
    const configurationSetId = logicalIdOf("AWS::SES::ConfigurationSet");
    const dimensions = [{ Name: EMAIL_METRICS_DIMENSION, Value: { Ref: configurationSetId } }];
    expect(alarm("email-bounces")).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Bounce",
      Dimensions: dimensions,
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.sesBouncesPerHour,
    });
    expect(alarm("email-complaints")).toMatchObject({
      Namespace: "AWS/SES",
      MetricName: "Complaint",
      Dimensions: dimensions,
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.sesComplaintsPerHour,
    });
    expect(alarm("email-rendering-failures")).toMatchObject({ MetricName: "RenderingFailure", Threshold: 1 });
    const [, destination] = only("AWS::SES::ConfigurationSetEventDestination");
    expect(destination.Properties).toEqual({
      ConfigurationSetName: { Ref: configurationSetId },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: expect.arrayContaining([
          "send",
          "delivery",
          "bounce",
          "complaint",
          "renderingFailure",
        ]),
        CloudWatchDestination: {
          DimensionConfigurations: [
            {
              DimensionName: EMAIL_METRICS_DIMENSION,
              DimensionValueSource: "messageTag",
              DefaultDimensionValue: { Ref: configurationSetId },
            },
          ],
        },
      },
    });
  });

  it("fire on a first-response breach, from the total the functions publish", () => {
    expect(alarm("first-response-breaches")).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: BUSINESS_METRICS.firstResponseBreaches.name,
      // The stage's own service name: another stage's breaches never fire this one.
      Dimensions: [{ Name: "service", Value: "support-center-test" }],
      Statistic: "Sum",
      Period: 3600,
      Threshold: DEFAULT_ALARM_THRESHOLDS.firstResponseBreachesPerHour,
    });
  });

  it("fire when a due time was counted through a year without a holiday schedule", () => {
    expect(alarm("due-times-without-holiday-schedule")).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: BUSINESS_METRICS.dueWithoutHolidaySchedule.name,
      Dimensions: [{ Name: "service", Value: "support-center-test" }],
      Statistic: "Sum",
      Threshold: 1,
    });
  });

  it("take thresholds from the stack's options, keeping the defaults for the rest", () => {
    const alarms = alarmsByName(withOptions);
    const threshold = (name: string) => alarms[`support-center-test-${name}`]?.Threshold;
    expect(threshold("follow-up-executions-aborted-surge")).toBe(200);
    expect(threshold("api-server-errors")).toBe(20);
    expect(threshold("email-bounces")).toBe(DEFAULT_ALARM_THRESHOLDS.sesBouncesPerHour);
  });
});

describe("the dashboard", () => {
  /** The dashboard body with every token replaced by a placeholder: JSON to read, not to deploy. */
  const body = (): { widgets: { type: string; properties: Record<string, unknown> }[] } => {
    const [, dashboard] = only("AWS::CloudWatch::Dashboard");
    const parts = (dashboard.Properties.DashboardBody as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
    return JSON.parse(parts.map((part) => (typeof part === "string" ? part : "TOKEN")).join(""));
  };
  const titles = () => body().widgets.map((widget) => String(widget.properties.title ?? ""));

  it("is one dashboard named for the stage, with its URL as an output", () => {
    template.hasResourceProperties("AWS::CloudWatch::Dashboard", { DashboardName: "support-center-test" });
    template.hasOutput("DashboardUrl", {
      Value: { "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp("dashboards/dashboard/")])] },
    });
  });

  it("shows the API, the functions, the follow-ups, the dead letters and e-mail", () => {
    expect(titles()).toEqual(
      expect.arrayContaining([
        "API requests",
        "API errors",
        "API latency (ms)",
        "Lambda errors",
        "Lambda throttles",
        "Lambda duration p99 (ms)",
        "Follow-up executions (per hour)",
        "Dead-letter queues (messages waiting)",
        "E-mail (configuration set events per hour)",
      ]),
    );
    const text = JSON.stringify(body());
    for (const metric of [
      "ExecutionsStarted",
      "ExecutionsSucceeded",
      "ExecutionsFailed",
      "ExecutionsTimedOut",
    ]) {
      expect(text).toContain(`"${metric}"`);
    }
    expect(text).toContain('"ExecutionsAborted"');
    for (const event of ["Send", "Delivery", "Bounce", "Complaint"])
      expect(text).toContain(`"AWS/SES","${event}"`);
    expect(text).toContain('"p99"');
    expect(text).toContain('"p50"');
  });

  it("shows every business metric as a total, and by its breakdown through SEARCH", () => {
    const text = JSON.stringify(body());
    const expressions = body().widgets.flatMap((widget) =>
      ((widget.properties.metrics ?? []) as unknown[][]).flatMap((entry) =>
        entry.flatMap((part) =>
          typeof part === "object" && part && "expression" in part ? [part.expression] : [],
        ),
      ),
    );
    for (const { name, breakdown } of Object.values(BUSINESS_METRICS)) {
      expect(text).toContain(`["${METRICS_NAMESPACE}","${name}","service","${serviceNameFor("test")}"`);
      if (breakdown.length === 0) continue;
      const schema = [METRICS_NAMESPACE, ...[...breakdown, "service"].sort()].join(",");
      expect(expressions).toContain(
        `SEARCH('{${schema}} MetricName="${name}" service="${serviceNameFor("test")}"', 'Sum', 3600)`,
      );
    }
  });

  it("shows the state of every alarm", () => {
    const alarmWidget = body().widgets.find((widget) => widget.type === "alarm");
    expect((alarmWidget?.properties.alarms as unknown[] | undefined)?.length).toBe(
      resources("AWS::CloudWatch::Alarm").length,
    );
  });
});

describe("observability", () => {
  it("traces every function and configures Powertools", () => {
    for (const [id, fn] of ownFunctions()) {
      expect(fn.Properties, id).toMatchObject({
        TracingConfig: { Mode: "Active" },
        Environment: { Variables: expect.objectContaining(powertoolsEnvironment("test")) },
      });
      const xray = statementsOfRole(roleOfFunction(id)).flatMap((s) => asList(s.Action));
      expect(xray, id).toEqual(expect.arrayContaining(["xray:PutTraceSegments", "xray:PutTelemetryRecords"]));
    }
    expect(powertoolsEnvironment("test")).toEqual({
      POWERTOOLS_SERVICE_NAME: "support-center-test",
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: "INFO",
    });
  });

  it("keeps every log group for a year, encrypted with one rotating key: functions, API access, executions", () => {
    const keyId = logicalIdOf("AWS::KMS::Key");
    const logGroups = resources("AWS::Logs::LogGroup");
    // One per function, the API's access log, and one per state machine.
    expect(logGroups).toHaveLength(resources("AWS::Lambda::Function").length + 3);
    for (const [id, logGroup] of logGroups) {
      expect(logGroup.Properties, id).toMatchObject({ RetentionInDays: 365, KmsKeyId: getAtt(keyId, "Arn") });
    }
    const stage = only("AWS::ApiGatewayV2::Stage")[1].Properties as {
      AccessLogSettings: { DestinationArn: unknown };
    };
    const stateMachine = followUpStateMachine()[1].Properties as {
      LoggingConfiguration: { Destinations: { CloudWatchLogsLogGroup: { LogGroupArn: unknown } }[] };
    };
    const logGroupIds = new Set(logGroups.map(([id]) => id));
    const referenced = (value: unknown) => (value as { "Fn::GetAtt": [string] })["Fn::GetAtt"][0];
    expect(logGroupIds.has(referenced(stage.AccessLogSettings.DestinationArn))).toBe(true);
    expect(
      logGroupIds.has(
        referenced(stateMachine.LoggingConfiguration.Destinations[0]!.CloudWatchLogsLogGroup.LogGroupArn),
      ),
    ).toBe(true);

    const [, key] = only("AWS::KMS::Key");
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const keyStatements = (key.Properties.KeyPolicy as { Statement: (Statement & { Principal: unknown })[] })
      .Statement;
    expect(keyStatements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: `logs.${REGION}.amazonaws.com` },
        Condition: {
          ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:*` },
        },
      }),
    );
  });

  it("logs API requests as JSON without who sent them: no IP address, no user agent", () => {
    const [, stage] = only("AWS::ApiGatewayV2::Stage");
    const format = (stage.Properties.AccessLogSettings as { Format: string }).Format;
    const fields = JSON.parse(format) as Record<string, string>;
    expect(fields).toEqual(ACCESS_LOG_FIELDS);
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(["requestId", "routeKey", "status", "latencyMs", "integrationError"]),
    );
    expect(format).not.toMatch(/\$context\.identity|userAgent|sourceIp/);
  });
});

describe("hardening", () => {
  it("encrypts the table with the AWS managed key, explicitly", () => {
    const [, table] = only("AWS::DynamoDB::GlobalTable");
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: "KMS" });
  });

  it("encrypts every queue and refuses anything but TLS", () => {
    const queues = resources("AWS::SQS::Queue");
    for (const [id, queue] of queues) {
      expect(queue.Properties, id).toMatchObject({ SqsManagedSseEnabled: true });
      const policies = resources("AWS::SQS::QueuePolicy").filter(([, policy]) =>
        JSON.stringify(policy.Properties.Queues).includes(`"${id}"`),
      );
      const statements = policies.flatMap(
        ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
      );
      expect(statements, id).toContainEqual(
        expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
      );
    }
  });

  it("retries the inbound-mail function's asynchronous invocations, then keeps them in its dead-letter queue", () => {
    const [, config] = only("AWS::Lambda::EventInvokeConfig");
    const [queueId = ""] = resources("AWS::SQS::Queue")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMail"));
    const [functionId = ""] = resources("AWS::Lambda::Function")
      .map(([id]) => id)
      .filter((id) => id.startsWith("InboundMailInboundMailFunction"));
    expect(config.Properties).toEqual({
      FunctionName: { Ref: functionId },
      Qualifier: "$LATEST",
      MaximumRetryAttempts: INBOUND_RETRY_ATTEMPTS,
      MaximumEventAgeInSeconds: INBOUND_MAX_EVENT_AGE.toSeconds(),
      DestinationConfig: { OnFailure: { Destination: getAtt(queueId, "Arn") } },
    });
    const sends = statementsOfRole(roleOfFunction(functionId)).filter((s) =>
      asList(s.Action).includes("sqs:SendMessage"),
    );
    expect(sends.map((s) => s.Resource)).toEqual([getAtt(queueId, "Arn")]);
  });
});

/** The generated secret whose description starts with `about`. */
function secretAbout(about: string): string {
  const found = resources("AWS::SecretsManager::Secret").filter(([, secret]) =>
    String(secret.Properties.Description).startsWith(about),
  );
  expect(found, about).toHaveLength(1);
  return found[0]![0];
}

/** The functions whose environment names the secret setting `name` (its ARN). */
const readersOf = (name: string) =>
  resources("AWS::Lambda::Function").filter(([, fn]) =>
    JSON.stringify(fn.Properties.Environment).includes(`${name}_ARN`),
  );

describe("the release notices' unsubscribe-token key", () => {
  it("is a generated secret read only by the routes that declare it, by ARN, each role granted that secret alone", () => {
    const secretId = secretAbout("Key of the release notices' one-click unsubscribe tokens");
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      Description: Match.stringLikeRegexp("^Key of the release notices"),
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    const declaring = ROUTE_LIST.filter((route) => route.needs.secrets?.includes("NOTICE_TOKEN_SECRET"));
    expect(declaring.map(routeKey)).toEqual(["POST /notices/unsubscribe"]);
    const apiReaders = readersOf("NOTICE_TOKEN_SECRET").filter(([, fn]) =>
      ROUTE_LIST.some((route) => String(fn.Properties.Description).startsWith(`${routeKey(route)}:`)),
    );
    expect(apiReaders.map(([id]) => id)).toEqual(declaring.map(routeFunctionId));
    for (const [id, fn] of apiReaders) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.NOTICE_TOKEN_SECRET_ARN, id).toEqual({ Ref: secretId });
      expect(JSON.stringify(variables), id).not.toContain('"NOTICE_TOKEN_SECRET"');
      const reads = serviceGrants(roleOfFunction(id), "secretsmanager").statements;
      expect(reads.map((statement) => statement.Resource)).toEqual([{ Ref: secretId }]);
    }
  });
});

describe("the reply-address key", () => {
  const secretId = () => secretAbout("Key of the per-case reply addresses");
  const readers = () => readersOf("REPLY_ADDRESS_SECRET");

  it("is a generated secret that no function's environment holds, only its ARN", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
    for (const [id, fn] of resources("AWS::Lambda::Function")) {
      const environment = JSON.stringify(fn.Properties.Environment ?? {});
      expect(environment, id).not.toContain('"REPLY_ADDRESS_SECRET"');
      // A dynamic reference would put the value into the deployed configuration.
      expect(environment, id).not.toContain("resolve:secretsmanager");
    }
    expect(JSON.stringify(template.toJSON())).not.toContain("resolve:secretsmanager");
    const found = readers().map(([id]) => id);
    expect(found.sort()).toEqual([consumerFunctionId(), inboundFunctionId()].sort());
    for (const [id, fn] of readers()) {
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.REPLY_ADDRESS_SECRET_ARN, id).toEqual({ Ref: secretId() });
    }
  });

  it("is read through the region's Parameters and Secrets extension layer (arm64), cached five minutes", () => {
    for (const [id, fn] of readers()) {
      expect(fn.Properties.Layers, id).toEqual([
        expect.stringMatching(
          new RegExp(
            `^arn:aws:lambda:${REGION}:\\d{12}:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\\d+$`,
          ),
        ),
      ]);
      expect(fn.Properties.Environment, id).toMatchObject({
        Variables: { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: "2773", SECRETS_MANAGER_TTL: "300" },
      });
    }
    // Only functions that read a secret carry the layer: these two, and the release-notice sender.
    const layered = ownFunctions().filter(([, fn]) => fn.Properties.Layers !== undefined);
    expect(layered.map(([id]) => id).sort()).toEqual(
      [...new Set([...readers(), ...readersOf("NOTICE_TOKEN_SECRET")].map(([id]) => id))].sort(),
    );
    const overridden = Object.entries(withOptions.findResources("AWS::Lambda::Function"))
      .filter(([id]) => !id.startsWith("CustomCDKBucketDeployment"))
      .map(([, fn]) => fn as CfnResource)
      .filter((fn) => fn.Properties.Layers !== undefined);
    expect(overridden.map((fn) => fn.Properties.Layers)).toEqual(
      layered.map(() => [EXTENSION_LAYER_OVERRIDE]),
    );
  });

  it("takes the layer from a per-region mapping when the region is known only at deploy time", () => {
    const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
    const stack = new Stack(app, "AnyRegion");
    supportFunction(stack, "Reader", {
      entry: "functions/inbound-mail/handler.ts",
      stage: "probe",
      description: "reads a secret",
      environment: {},
      secrets: { read: { REPLY_ADDRESS_SECRET: new Secret(stack, "Key") }, extension: secretsExtension() },
    });
    const probe = Template.fromStack(stack);
    const [, fn] = Object.entries(probe.findResources("AWS::Lambda::Function"))[0] as [string, CfnResource];
    const [mapping] = (fn.Properties.Layers as { "Fn::FindInMap": [string, unknown, string] }[]).map(
      (layer) => layer["Fn::FindInMap"],
    );
    const table = probe.toJSON().Mappings[mapping?.[0] ?? ""] as Record<string, Record<string, string>>;
    expect(table[REGION]?.[mapping?.[2] ?? ""]).toMatch(
      /:layer:AWS-Parameters-and-Secrets-Lambda-Extension-Arm64:\d+$/,
    );
    expect(Object.keys(table).length).toBeGreaterThan(20);
  });

  it("may be read by those two functions alone, and only that secret", () => {
    const secretRef = JSON.stringify({ Ref: secretId() });
    const grants = allStatements().filter(
      ({ statement }) =>
        asList(statement.Action).some((action) => action.startsWith("secretsmanager:")) &&
        JSON.stringify(statement.Resource) === secretRef,
    );
    const expectedRoles = readers().map(([id]) => roleOfFunction(id));
    expect(new Set(grants.flatMap(({ roles }) => roles))).toEqual(new Set(expectedRoles));
    // Any other secret grant is the notice key's (tested above): none on '*'.
    const others = allStatements().filter(({ statement }) =>
      asList(statement.Action).some((action) => action.startsWith("secretsmanager:")),
    );
    const noticeKey = JSON.stringify({ Ref: secretAbout("Key of the release notices") });
    for (const { statement } of others)
      expect([secretRef, noticeKey]).toContain(JSON.stringify(statement.Resource));
    for (const { statement } of grants) {
      expect(asList(statement.Action).sort()).toEqual([
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue",
      ]);
    }
  });
});

/** Every acknowledgment in a construct tree: where, which rule, and why. */
function acknowledgments(root: IConstruct): { path: string; kind: string; rule: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({
          path: construct.node.path,
          kind: construct.constructor.name,
          rule: rule.replace(/^annotation::/i, ""),
          reason,
        })),
      ),
  );
}

describe("cdk-nag (AwsSolutions)", () => {
  it("finds nothing unacknowledged, neither errors nor warnings, with every option on or off", () => {
    for (const stack of stacks) {
      const report = new AwsSolutionsChecks().validateScope(stack);
      const findings = report.violations.map(
        (violation) =>
          `${violation.severity} ${violation.ruleName} at ${violation.violatingResources
            .map((resource) => resource.constructPath)
            .join(", ")}`,
      );
      expect(findings, stack.stackName).toEqual([]);
      expect(report.success).toBe(true);
    }
  });

  it("runs in every synth of the app", () => {
    const app = readFileSync(fromRepositoryRoot("infra/app.ts"), "utf8");
    expect(app).toMatch(/Validations\.of\(app\)\.addPlugins\(new AwsSolutionsChecks\(app\)\)/);
  });

  it("acknowledges only these findings, on resources, never stack-wide, each with a written reason", () => {
    const found = acknowledgments(stacks[1]!);
    for (const { path, kind, reason } of found) {
      expect(kind, path).not.toMatch(/^(App|Stage|SupportCenterStack|Stack)$/);
      expect(reason.length, path).toBeGreaterThanOrEqual(80);
    }
    const allowed = [
      // Node 22 kept on purpose; X-Ray and log delivery actions that have no resource ARN.
      /^AwsSolutions-L1$/,
      /^AwsSolutions-IAM5\[Resource::\*\]$/,
      // Presigned URLs for one key prefix of the files bucket.
      /^AwsSolutions-IAM5\[Resource::<FilesBucket\w+\.Arn>\/(releases|attachments|inbound)\/\*\]$/,
      // StopExecution on this state machine's executions.
      /^AwsSolutions-IAM5\[Resource::arn:aws:states:[\w-]+:\d+:execution:support-center-test-case-follow-up:\*\]$/,
      // The release-notices Distributed Map's own child executions and map runs.
      /^AwsSolutions-IAM5\[Resource::arn:aws:states:[\w-]+:\d+:(execution|mapRun):support-center-test-release-notices\/\*\]$/,
      // Public routes, MFA, the HMAC secret, dead-letter queues, the access-log buckets and the
      // portal bucket, ESSENTIALS; the distribution: no geo restriction, default certificate, WAF opt-in.
      /^AwsSolutions-(APIG4|COG2|COG8|SMG4|SQS3|S1|CFR1|CFR2|CFR4)$/,
      // CDK's BucketDeployment copying the portal: its s3 sync action groups, the bucket's objects, the asset.
      /^AwsSolutions-IAM5\[Action::s3:(GetBucket|GetObject|List|Abort|DeleteObject)\*\]$/,
      /^AwsSolutions-IAM5\[Resource::<PortalBucket\w+\.Arn>\/\*\]$/,
      /^AwsSolutions-IAM5\[Resource::arn:aws:s3:::cdk-\w+-assets-\d+-[\w-]+\/\*\]$/,
    ];
    const unexpected = [...new Set(found.map(({ rule }) => rule))].filter(
      (rule) => !allowed.some((pattern) => pattern.test(rule)),
    );
    expect(unexpected).toEqual([]);
    const publicRoutes = ROUTE_LIST.filter((route) => route.groups === "public").length;
    expect(found.filter(({ rule }) => rule === "AwsSolutions-APIG4")).toHaveLength(publicRoutes);
  });
});

describe("Control Tower proactive controls (cfn-guard)", () => {
  let findings: GuardFinding[];
  let exemptions: GuardExemption[];
  const key = ({ template, resource, rule }: GuardFinding | GuardExemption) =>
    `${template} ${resource} ${rule}`;

  beforeAll(() => {
    const templates = { default: template.toJSON(), options: withOptions.toJSON() };
    findings = controlTowerFindings(templates);
    exemptions = guardExemptions(templates);
  }, 120_000);

  it("finds nothing that is not exempted next to its resource, with every option on or off", () => {
    const exempted = new Set(exemptions.map(key));
    const unexempted = findings
      .filter((finding) => !exempted.has(key(finding)))
      .map(({ template, resource, rule, control }) => `${rule} (${control}) at ${template}: ${resource}`);
    expect(unexempted).toEqual([]);
  });

  it("exempts only resources a rule still finds, each with a written reason", () => {
    const found = new Set(findings.map(key));
    expect(exemptions.filter((exemption) => !found.has(key(exemption))).map(key)).toEqual([]);
    for (const exemption of exemptions) {
      expect(exemption.reason.length, key(exemption)).toBeGreaterThanOrEqual(80);
    }
  });

  it("exempts only these rules", () => {
    const allowed = [
      // Public routes (sign-up, sign-in, reference data); each route's invoke permission.
      "api_gw_v2_authorization_type_configured_check",
      "lambda_function_public_access_prohibited_check",
      // No function reaches anything inside a VPC.
      "lambda_inside_vpc_check",
      // Dead-letter queues are the last stop.
      "sqs_dlq_check",
      // The buckets: S3-managed keys, nothing consumes object events, objects must stay deletable;
      // the access-log bucket is not logged or versioned itself.
      "s3_bucket_default_encryption_kms_check",
      "s3_event_notifications_enabled_check",
      "s3_bucket_object_lock_enabled_check",
      "s3_bucket_logging_enabled_check",
      "s3_bucket_versioning_enabled_check",
      // The portal's distribution: CloudFront's default certificate, one origin region.
      "cloudfront_custom_ssl_certificate_check",
      "cloudfront_sni_enabled_check",
      "cloudfront_security_policy_check",
      "cloudfront_origin_failover_enabled_check",
    ];
    expect(
      [...new Set(exemptions.map(({ rule }) => rule))].filter((rule) => !allowed.includes(rule)),
    ).toEqual([]);
  });
});

/**
 * Modules a bundle still imports, other than Node's own: esbuild resolves it once more from
 * its temporary directory, where no node_modules can help, so anything missing fails here.
 */
async function importsBeyondNode(bundle: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [bundle],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(metafile.inputs)
    .flatMap((input) => input.imports)
    .filter((imported) => imported.external && !isBuiltin(imported.path))
    .map((imported) => imported.path);
}

describe("bundling", () => {
  // One real esbuild run through supportFunction's settings; the template tests above skip it.
  const route = ROUTES.openCase;

  it("bundles a route handler into minified ESM with the AWS SDK inside and a source map", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "support-center-bundle-"));
    try {
      const app = new App({ outdir, context: cdkJsonContext() });
      const stack = new Stack(app, "BundlingProbe", { env: { account: ACCOUNT, region: REGION } });
      supportFunction(stack, "OpenCase", {
        entry: route.entry,
        stage: "probe",
        description: route.summary,
        environment: {},
      });
      app.synth();

      const assets = readdirSync(outdir).filter((name) => name.startsWith("asset."));
      expect(assets).toHaveLength(1);
      const assetDirectory = join(outdir, assets[0]!);
      expect(readdirSync(assetDirectory).sort()).toEqual(["index.mjs", "index.mjs.map"]);

      const code = readFileSync(join(assetDirectory, "index.mjs"), "utf8");
      // The banner that gives bundled CommonJS code a `require`.
      expect(code.startsWith("import { createRequire as __createRequireForEsm }")).toBe(true);
      // Everything but Node's own modules is inside, the AWS SDK included.
      expect(await importsBeyondNode(join(assetDirectory, "index.mjs"))).toEqual([]);
      expect(code).toContain("dynamodb");
      // The credentials come from the environment alone (infra/constructs/lambda-bundling.ts): no
      // container, instance-metadata, SSO or ini-file providers of the SDK's default chain.
      expect(code).not.toContain("AWS_CONTAINER_CREDENTIALS_FULL_URI");
      expect(code).toContain("AWS_SECRET_ACCESS_KEY");
      expect(code).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
      // Minified: whole modules on one line (template literals keep their own line breaks).
      expect(code.length / code.split("\n").length, "average line length").toBeGreaterThan(1_000);

      const sourceMap = JSON.parse(readFileSync(join(assetDirectory, "index.mjs.map"), "utf8")) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(sourceMap.sources.some((source) => source.endsWith(route.entry))).toBe(true);
      expect(sourceMap.sourcesContent).toBeUndefined();
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);

  it("copies a route's package files into its bundle, where the bundled handler finds them", async () => {
    const script = ROUTES.apiReferenceScript;
    const outdir = mkdtempSync(join(tmpdir(), "support-center-bundle-"));
    try {
      const app = new App({ outdir, context: cdkJsonContext() });
      const stack = new Stack(app, "PackageFilesProbe", { env: { account: ACCOUNT, region: REGION } });
      supportFunction(stack, "ReferenceScript", {
        entry: script.entry,
        stage: "probe",
        description: script.summary,
        environment: {},
        packageFiles: script.packageFiles,
      });
      app.synth();

      const [asset] = readdirSync(outdir).filter((name) => name.startsWith("asset."));
      const copied = join(outdir, asset!, "node_modules", script.packageFiles[0]);
      const original = readFileSync(fromRepositoryRoot(join("node_modules", script.packageFiles[0])), "utf8");
      expect(readFileSync(copied, "utf8")).toBe(original);
      // Out of the repository, only the bundle's own node_modules can resolve it.
      const bundled = (await import(pathToFileURL(join(outdir, asset!, "index.mjs")).href)) as {
        handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
      };
      const event = {
        routeKey: "GET /docs/redoc.js",
        rawPath: "/docs/redoc.js",
        headers: {},
        requestContext: {},
      };
      const answer = await bundled.handler(event, lambdaContext("ReferenceScript"));
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toBe(original);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 60_000);
});
