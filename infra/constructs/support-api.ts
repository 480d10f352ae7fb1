import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  CorsHttpMethod,
  type CorsPreflightOptions,
  HttpApi,
  HttpMethod,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
  type ThrottleSettings,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { ROUTES, type RouteDefinition, type RouteId } from "../../functions/api/routes";
import { supportFunction } from "./support-function";

export interface SupportApiProps {
  stage: string;
  table: ITableV2;
  authorizer: IHttpRouteAuthorizer;
  /** Browser origins allowed to call the API; none means no CORS at all. */
  corsOrigins: readonly string[];
  throttle: ThrottleSettings;
}

/** Requests that only look at data; every other method may change it. */
const READ_METHODS: ReadonlySet<RouteDefinition["method"]> = new Set(["GET"]);

// Explicit lists instead of grantReadData: those include dynamodb:Scan, and no request path may scan.
const READ_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
];
const WRITE_ACTIONS = [...READ_ACTIONS, "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

function constructId(routeId: string): string {
  return routeId.charAt(0).toUpperCase() + routeId.slice(1);
}

function corsPreflight(origins: readonly string[]): CorsPreflightOptions | undefined {
  if (origins.length === 0) return undefined;
  const methods = new Set(Object.values(ROUTES).map((route) => CorsHttpMethod[route.method]));
  return {
    allowOrigins: [...origins],
    allowMethods: [...methods],
    allowHeaders: ["authorization", "content-type"],
    maxAge: Duration.hours(1),
  };
}

// HTTP API context variables ($context.* for HTTP APIs, not REST APIs): one JSON line per request.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    requestTime: "$context.requestTime",
    sourceIp: "$context.identity.sourceIp",
    routeKey: "$context.routeKey",
    status: "$context.status",
    responseLength: "$context.responseLength",
    latencyMs: "$context.responseLatency",
    integrationError: "$context.integrationErrorMessage",
    authorizerError: "$context.authorizer.error",
  }),
);

/**
 * The HTTP API, built from the route table (the local gateway serves the same table): one route
 * and one function per entry, the JWT authorizer on every route, and least-privilege table
 * access (read routes read, the others read and write).
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
    this.functions = this.routeFunctions(props.table);
  }

  get url(): string {
    return this.stage.url;
  }

  private defaultStage(throttle: ThrottleSettings): HttpStage {
    const accessLogs = new LogGroup(this, "AccessLogs", {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    return new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
  }

  private routeFunctions(table: ITableV2): Record<RouteId, NodejsFunction> {
    const entries = (Object.entries(ROUTES) as [RouteId, RouteDefinition][]).map(
      ([routeId, route]) => [routeId, this.addRoute(routeId, route, table)] as const,
    );
    return Object.fromEntries(entries) as Record<RouteId, NodejsFunction>;
  }

  private addRoute(routeId: RouteId, route: RouteDefinition, table: ITableV2): NodejsFunction {
    const id = constructId(routeId);
    const fn = supportFunction(this, `${id}Function`, {
      entry: route.entry,
      description: `${route.method} ${route.path}: ${route.summary}`,
      environment: { TABLE_NAME: table.tableName },
    });
    table.grant(fn, ...(READ_METHODS.has(route.method) ? READ_ACTIONS : WRITE_ACTIONS));
    this.httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${id}Integration`, fn),
    });
    return fn;
  }
}
