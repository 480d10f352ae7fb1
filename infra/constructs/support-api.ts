import { ArnFormat, Duration, Stack } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  type CfnRoute,
  type CfnStage,
  CorsHttpMethod,
  type CorsPreflightOptions,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  type HttpRoute,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  type ThrottleSettings,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { ParamsAndSecretsLayerVersion } from "aws-cdk-lib/aws-lambda";
import { CfnPermission } from "aws-cdk-lib/aws-lambda";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { ROUTES, type RouteDefinition, type RouteId, type RouteSecret } from "#api/routes";
import type { SupportRegionId } from "#domain/support-regions";
import type { FunctionEnvironment } from "#shared/settings";
import { followUpStateMachineName } from "./follow-up-workflow";
import { exemptFromGuardRule } from "./guard";
import { acknowledge } from "./nag";
import type { SupportFiles } from "./support-files";
import { supportFunction } from "./support-function";
import { supportLogGroup } from "./support-logs";
import { grantTable } from "./table-grants";

const PUBLIC_ROUTE_REASON =
  "Public by design (route table: group anyone): signing up, confirming, resetting a password and signing in are how a caller gets a token in the first place, or read public reference data. Throttled at the stage, and credential routes harder per route.";

export interface SupportApiProps {
  stage: string;
  table: ITableV2;
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
  /** Release downloads (and later attachments), reached through presigned URLs. */
  files: SupportFiles;
  /** The support region: its calendar counts first responses; plans are valid through their last day in its zone. */
  supportRegion: SupportRegionId;
  /** Guards every route that is not public. */
  authorizer: IHttpRouteAuthorizer;
  /** Browser origins allowed to call the API; none means no CORS at all. */
  corsOrigins: readonly string[];
  throttle: ThrottleSettings;
  /** The secrets routes read (route table: `needs.secrets`), each granted to those routes' functions only. */
  secrets: Record<RouteSecret, ISecret>;
  secretsExtension: ParamsAndSecretsLayerVersion;
}

// Explicit lists instead of grantReadData: those include dynamodb:Scan, and no request path may scan.
const READ_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
] as const;

/** The table actions for each kind of `needs.table`. */
const TABLE_ACTIONS: Record<TableNeed, readonly string[]> = {
  read: READ_ACTIONS,
  write: [...READ_ACTIONS, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"],
};

/**
 * The stage limit for `throttle: "auth"` routes, per route and for all callers together.
 * They take passwords and codes (guessing targets) and make Cognito send e-mails (mail
 * bombing, SES reputation), and Cognito's quotas for them are shared by the whole account.
 * People sign in or ask for a code a few times a minute at most: 5 a second with bursts of
 * 10 is plenty for a support portal and makes guessing slow.
 */
export const AUTH_ROUTE_RATE_LIMIT = 5;
export const AUTH_ROUTE_BURST_LIMIT = 10;

type RouteEntry = [RouteId, RouteDefinition];
type TableNeed = NonNullable<RouteDefinition["needs"]["table"]>;

function routeEntries(): RouteEntry[] {
  return Object.entries(ROUTES) as RouteEntry[];
}

/** The route key API Gateway names a route by, in route settings too: "POST /accounts". */
function routeKey(route: Pick<RouteDefinition, "method" | "path">): string {
  return `${route.method} ${route.path}`;
}

function constructId(routeId: string): string {
  return routeId.charAt(0).toUpperCase() + routeId.slice(1);
}

function corsPreflight(origins: readonly string[]): CorsPreflightOptions | undefined {
  if (origins.length === 0) return undefined;
  const methods = new Set(Object.values(ROUTES).map((route) => CorsHttpMethod[route.method]));
  return {
    allowOrigins: [...origins],
    allowMethods: [...methods],
    // Idempotency-Key lets a browser retry a POST safely; Location names what a POST created,
    // and Retry-After says when a 503 may be retried.
    // If-Match sends back the ETag a case was read with, so a stale desk view cannot overwrite.
    allowHeaders: ["authorization", "content-type", "idempotency-key", "if-match"],
    exposeHeaders: ["location", "retry-after", "etag"],
    maxAge: Duration.hours(1),
  };
}

/**
 * One JSON line per request, from HTTP API context variables ($context.* for HTTP APIs, not
 * REST APIs): what troubleshooting needs (which request, which route, how it ended, how long
 * it took, what failed) and nothing about who sent it: no source IP, no user agent, no
 * caller identity (personal data, DOMAIN.md section 7). The request id is the one the
 * functions log as their correlation id.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: "$context.requestId",
  requestTime: "$context.requestTime",
  routeKey: "$context.routeKey",
  status: "$context.status",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationLatencyMs: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
  error: "$context.error.message",
} as const;

const ACCESS_LOG_FORMAT = AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS));

/**
 * The HTTP API, built from the route table (the local gateway serves the same table): one route
 * and one function per entry, the JWT authorizer on every route that is not public, the
 * stricter throttle on credential routes, and each function granted exactly its route's
 * `needs` (table access, Cognito admin actions on the one user pool).
 */
export class SupportApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: Record<RouteId, NodejsFunction>;

  constructor(scope: Construct, id: string, props: SupportApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, "HttpApi", {
      apiName: `support-center-${props.stage}`,
      defaultAuthorizer: props.authorizer,
      corsPreflight: corsPreflight(props.corsOrigins),
      // The default stage is created below, with throttling and access logs.
      createDefaultStage: false,
    });
    this.stage = this.defaultStage(props.throttle);
    const environment: FunctionEnvironment = {
      TABLE_NAME: props.table.tableName,
      USER_POOL_ID: props.userPool.userPoolId,
      USER_POOL_CLIENT_ID: props.userPoolClient.userPoolClientId,
      FILES_BUCKET: props.files.bucket.bucketName,
      SUPPORT_REGION: props.supportRegion,
      // The case page links each case's follow-up executions (GET /cases/{number}/follow-up).
      STATE_MACHINE_ARN: Stack.of(this).formatArn({
        service: "states",
        resource: "stateMachine",
        resourceName: followUpStateMachineName(props.stage),
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      }),
    };
    const authRoutes = new Map<string, HttpRoute>();
    const entries = routeEntries().map(([routeId, route]) => {
      const fn = this.routeFunction(routeId, route, environment, props);
      this.grantNeeds(fn, route.needs, props);
      const httpRoute = this.addRoute(routeId, route, fn);
      if (route.throttle === "auth") authRoutes.set(routeKey(route), httpRoute);
      return [routeId, fn] as const;
    });
    this.functions = Object.fromEntries(entries) as Record<RouteId, NodejsFunction>;
    this.throttleAuthRoutes(authRoutes);
  }

  get url(): string {
    return this.stage.url;
  }

  private defaultStage(throttle: ThrottleSettings): HttpStage {
    const accessLogs = supportLogGroup(this, "AccessLogs");
    return new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
  }

  private routeFunction(
    routeId: RouteId,
    route: RouteDefinition,
    environment: Record<string, string>,
    props: SupportApiProps,
  ): NodejsFunction {
    const secrets = route.needs.secrets ?? [];
    return supportFunction(this, `${constructId(routeId)}Function`, {
      entry: route.entry,
      stage: props.stage,
      description: `${routeKey(route)}: ${route.summary}`,
      environment,
      ...(route.packageFiles ? { packageFiles: route.packageFiles } : {}),
      // Only the ARN in the environment, and a read grant on that secret alone.
      ...(secrets.length
        ? {
            secrets: {
              read: Object.fromEntries(secrets.map((name) => [name, props.secrets[name]])),
              extension: props.secretsExtension,
            },
          }
        : {}),
    });
  }

  /** Exactly what the route table says the function touches: no table access unless it says so. */
  private grantNeeds(fn: NodejsFunction, needs: RouteDefinition["needs"], props: SupportApiProps): void {
    if (needs.table) grantTable(props.table, fn, TABLE_ACTIONS[needs.table]);
    if (needs.identity?.length) props.userPool.grant(fn, ...needs.identity);
    if (needs.files?.read) props.files.grantReadUnder(fn, `${needs.files.read}/`);
    if (needs.files?.write) props.files.grantPutUnder(fn, `${needs.files.write}/`);
  }

  private addRoute(routeId: RouteId, route: RouteDefinition, fn: NodejsFunction): HttpRoute {
    const [httpRoute] = this.httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${constructId(routeId)}Integration`, fn),
      // Public routes are how a caller gets a token in the first place.
      ...(route.groups === "public" ? { authorizer: new HttpNoneAuthorizer() } : {}),
    });
    if (!httpRoute) throw new Error(`${routeKey(route)}: no route was added`);
    if (route.groups === "public") {
      acknowledge(httpRoute, "AwsSolutions-APIG4", PUBLIC_ROUTE_REASON);
      exemptFromGuardRule(httpRoute, "api_gw_v2_authorization_type_configured_check", PUBLIC_ROUTE_REASON);
    }
    // The integration's invoke permission, created inside the route.
    for (const permission of httpRoute.node.findAll().filter((child) => child instanceof CfnPermission)) {
      exemptFromGuardRule(
        permission,
        "lambda_function_public_access_prohibited_check",
        "Not public: SourceArn allows API Gateway to invoke the function for this API's route only (arn:...:execute-api:<region>:<account>:<api id>/*/*/<path>). It is an Fn::Join because the API id exists only at deploy time and AWS::ApiGatewayV2::Api has no ARN attribute; the rule accepts only a literal, Ref or GetAtt.",
      );
    }
    return httpRoute;
  }

  /**
   * HttpStage has no per-route settings, so the escape hatch: CfnStage's RouteSettings, keyed
   * by route key. The stage-wide default throttle stays for every other route.
   */
  private throttleAuthRoutes(routesByKey: ReadonlyMap<string, HttpRoute>): void {
    if (routesByKey.size === 0) return;
    // RouteSettings is untyped JSON in the L1, passed through as written: CloudFormation's names.
    const settings = {
      ThrottlingRateLimit: AUTH_ROUTE_RATE_LIMIT,
      ThrottlingBurstLimit: AUTH_ROUTE_BURST_LIMIT,
    };
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries([...routesByKey.keys()].map((key) => [key, settings]));
    // API Gateway refuses settings for a route that does not exist yet.
    for (const route of routesByKey.values()) {
      cfnStage.addResourceDependency(route.node.defaultChild as CfnRoute);
    }
  }
}
