import type { APIGatewayProxyEventV2 } from "aws-lambda";
import * as z from "zod/mini";
import { type FieldError, problems } from "./problem";

/** Bodies above this are refused before parsing; no field of ours needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

const JSON_MEDIA_TYPE = "application/json";

/** What the route table says a route takes: the wrapper parses exactly these before the handler runs. */
export interface RouteInput {
  /**
   * Path parameters, query and body: apiHandler/publicHandler (functions/shared/http.ts) parse
   * them with these before the handler runs, and the handler gets the parsed values.
   */
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /**
   * Request headers the route reads, by their lower-case names (as API Gateway hands them over),
   * documented as header parameters.
   */
  headers?: z.ZodMiniType;
  /** Media types the body may come in (default application/json); the handler brings a reader for the others. */
  bodyMediaTypes?: readonly string[];
  /** Larger bodies are refused with 413 (default MAX_BODY_BYTES, 64 KiB). */
  maxBodyBytes?: number;
}

/** Nothing declared, nothing handed over: reading a property of it does not compile. */
type Undeclared = Record<never, never>;

type Parsed<R, K extends keyof RouteInput> = R extends { [key in K]: infer S extends z.ZodMiniType }
  ? z.output<S>
  : Undeclared;

/** The handler's input, typed from the route's schemas (their output: transforms and defaults applied). */
export interface RequestInput<R> {
  path: Parsed<R, "params">;
  query: Parsed<R, "query">;
  body: Parsed<R, "body">;
  headers: Parsed<R, "headers">;
}

/**
 * Turns the text of a body in a media type other than JSON into the value the route's body
 * schema validates (e.g. CSV rows into `{ licenses: [...] }`).
 */
export type BodyReader = (text: string) => unknown;

type Issue = { path: PropertyKey[]; message: string };

export function fieldErrors(issues: readonly Issue[], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}

function validate(schema: z.ZodMiniType, value: unknown, prefix?: string): unknown {
  const result = z.safeParse(schema, value);
  if (!result.success) throw problems.validation(fieldErrors(result.error.issues, prefix));
  return result.data;
}

export function contentTypeOf(event: APIGatewayProxyEventV2): string {
  return event.headers?.["content-type"] ?? event.headers?.["Content-Type"] ?? "";
}

/** The body as text, refused with 413 above `maxBytes`. */
export function bodyText(event: APIGatewayProxyEventV2, maxBytes = MAX_BODY_BYTES): string {
  const raw = event.isBase64Encoded
    ? Buffer.from(event.body ?? "", "base64").toString("utf8")
    : (event.body ?? "");
  if (Buffer.byteLength(raw, "utf8") > maxBytes) throw problems.payloadTooLarge(maxBytes);
  return raw;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw problems.malformedJson(error instanceof Error ? error.message : "unparseable body");
  }
}

const mediaTypeOf = (contentType: string) => contentType.split(";")[0]?.trim().toLowerCase() ?? "";

/** Content type (415), then size (413), then syntax (400): the body as a value, not yet validated. */
function readBody(
  route: RouteInput,
  event: APIGatewayProxyEventV2,
  readers: Readonly<Record<string, BodyReader>>,
): unknown {
  const accepted = route.bodyMediaTypes ?? [JSON_MEDIA_TYPE];
  const contentType = contentTypeOf(event);
  const text = () => bodyText(event, route.maxBodyBytes);
  if (accepted.includes(JSON_MEDIA_TYPE) && JSON_TYPE.test(contentType)) return parseJson(text());
  const reader = readers[mediaTypeOf(contentType)];
  if (reader && accepted.includes(mediaTypeOf(contentType))) return reader(text());
  throw problems.unsupportedMediaType(accepted);
}

/** A route that takes other media types than JSON has a reader for each, and no reader is left over. */
export function checkBodyReaders(route: RouteInput, readers: Readonly<Record<string, BodyReader>>): void {
  const needed = (route.bodyMediaTypes ?? []).filter((type) => type !== JSON_MEDIA_TYPE);
  const missing = needed.filter((type) => !readers[type]);
  const unused = Object.keys(readers).filter((type) => !needed.includes(type));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(
      `Body readers do not match the route's media types: missing [${missing}], unused [${unused}]`,
    );
  }
}

/** Header names as API Gateway's payload 2.0 has them: lower case (the local gateway's already are). */
function lowerCased(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * Path, query, headers and body as the route declares them, in that order, each refused with a 4xx
 * problem that names the field (`path.x`, `query.x`, `header.x`, body fields as they are).
 */
export function parseRequest<R extends RouteInput>(
  route: R,
  event: APIGatewayProxyEventV2,
  readers: Readonly<Record<string, BodyReader>> = {},
): RequestInput<R> {
  const path = route.params ? validate(route.params, event.pathParameters ?? {}, "path") : {};
  const query = route.query ? validate(route.query, event.queryStringParameters ?? {}, "query") : {};
  const headers = route.headers ? validate(route.headers, lowerCased(event.headers ?? {}), "header") : {};
  const body = route.body ? validate(route.body, readBody(route, event, readers)) : {};
  return { path, query, body, headers } as RequestInput<R>;
}
