import middy, { type MiddlewareObj } from "@middy/core";
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from "aws-lambda";
import { DomainError } from "#domain/errors";
import { type Caller, callerFromEvent, type Group } from "./caller";
import { errorSummary, logger, observedInvocations } from "./observability";
import { HttpProblem, problemForDomainError, problems } from "./problem";
import {
  type BodyReader,
  checkBodyReaders,
  parseRequest,
  type RequestInput,
  type RouteInput,
} from "./request";

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Send `body`, a string, as it is with this media type instead of as JSON (a page, a script). */
  contentType?: string;
}

/** What a handler needs to know about the route it serves (from the route table). */
export interface RouteAccess {
  method: string;
  path: string;
  groups: readonly Group[] | "public";
}

/** The route as the wrapper reads it: who may call it, and what input it takes. */
export type RouteContract = RouteAccess & RouteInput;

/** Group check driven by the route table: the JWT authorizer proves identity, not role. */
export function requireGroups(route: RouteAccess): MiddlewareObj<ApiEvent, ApiResult> {
  return {
    before: ({ event }) => {
      if (route.groups === "public") return;
      const allowed: readonly Group[] = route.groups;
      const caller = callerFromEvent(event);
      if (!caller.groups.some((group) => allowed.includes(group))) {
        throw problems.forbidden(
          `${route.method} ${route.path} needs one of the groups: ${allowed.join(", ")}.`,
        );
      }
    },
  };
}

/** Errors an unavailable or overloaded backing service raises; the client may retry. */
const TRANSIENT = new Set([
  "TimeoutError",
  "RequestTimeout",
  "ECONNREFUSED",
  "ECONNRESET",
  "ServiceUnavailable",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
]);

/** Powertools idempotency refusals, as a client should read them. */
const IDEMPOTENCY_PROBLEMS: Record<string, () => HttpProblem> = {
  IdempotencyValidationError: problems.idempotencyKeyReused,
  IdempotencyAlreadyInProgressError: problems.requestInProgress,
};

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof DomainError) return problemForDomainError(error.code, error.message, error.details);
  const idempotency = IDEMPOTENCY_PROBLEMS[error instanceof Error ? error.name : ""];
  if (idempotency) return idempotency();
  const name = error instanceof Error ? error.name : "";
  const code = (error as { code?: string } | null)?.code ?? "";
  if (TRANSIENT.has(name) || TRANSIENT.has(code)) return problems.serviceUnavailable();
  return problems.internal();
}

/** Every error leaves as application/problem+json; internals are logged, never shown. */
export function problemResponses(): MiddlewareObj<ApiEvent, ApiResult> {
  return {
    onError: (request) => {
      const problem = toProblem(request.error);
      if (problem.status >= 500) logger.error("request failed", { error: errorSummary(request.error) });
      else logger.info("request refused", { status: problem.status, problem: problem.type });
      request.response = {
        statusCode: problem.status,
        headers: problem.headers(),
        body: JSON.stringify(problem),
      };
    },
  };
}

function toResult({ status, body, headers, contentType }: ApiResponse): ApiResult {
  if (body === undefined) return { statusCode: status, ...(headers ? { headers } : {}) };
  if (contentType)
    return { statusCode: status, headers: { "content-type": contentType, ...headers }, body: String(body) };
  return {
    statusCode: status,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}

/**
 * Correlation keys on every log line of the request: API Gateway's request id (also in the
 * access log), the route, and the case number when the path names one.
 */
export function correlationKeys(): MiddlewareObj<ApiEvent, ApiResult> {
  return {
    before: ({ event }) => {
      logger.setCorrelationId(event.requestContext?.requestId);
      logger.appendKeys({ route: event.routeKey, caseNumber: event.pathParameters?.number });
    },
  };
}

/** Extra middlewares a route adds after the group check (e.g. Idempotency-Key handling). */
export type RouteMiddleware = MiddlewareObj<ApiEvent, ApiResult, Error, Context>;

export interface HandlerOptions {
  /** Run after the group check and before the input is parsed (the idempotency middleware reads the raw body). */
  use?: readonly RouteMiddleware[];
  /** A reader for each non-JSON media type the route declares in `bodyMediaTypes`. */
  bodyReaders?: Readonly<Record<string, BodyReader>>;
}

/**
 * Errors → problem+json, the group check, the route's middlewares, then its input parsed from the
 * route's schemas (path, query, body), and only then the route's logic.
 */
function handlerFor<R extends RouteContract>(
  route: R,
  handle: (input: RequestInput<R>, event: ApiEvent) => Promise<ApiResponse>,
  { use = [], bodyReaders = {} }: HandlerOptions,
) {
  checkBodyReaders(route, bodyReaders);
  return middy<ApiEvent, ApiResult, Error, Context>()
    .use(observedInvocations())
    .use(correlationKeys())
    .use(problemResponses())
    .use(requireGroups(route))
    .use([...use])
    .handler(async (event) => toResult(await handle(parseRequest(route, event, bodyReaders), event)));
}

/** A signed-in route: `handle` gets the parsed input, the caller, and the event for what the input leaves out. */
export function apiHandler<R extends RouteContract & { groups: readonly Group[] }>(
  route: R,
  handle: (input: RequestInput<R>, caller: Caller, event: ApiEvent) => Promise<ApiResponse>,
  options: HandlerOptions = {},
) {
  return handlerFor(route, (input, event) => handle(input, callerFromEvent(event), event), options);
}

/** A route anyone may call (sign-up, sign-in): there is no caller yet. */
export function publicHandler<R extends RouteContract & { groups: "public" }>(
  route: R,
  handle: (input: RequestInput<R>) => Promise<ApiResponse>,
  options: HandlerOptions = {},
) {
  return handlerFor(route, (input) => handle(input), options);
}
