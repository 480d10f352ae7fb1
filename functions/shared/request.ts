import type { APIGatewayProxyEventV2 } from "aws-lambda";
import * as z from "zod/mini";
import { type FieldError, problems } from "./problem";

/** Bodies above this are refused before parsing; no field of ours needs more. */
export const MAX_BODY_BYTES = 64 * 1024;

const JSON_TYPE = /^application\/([\w.+-]*\+)?json\b/i;

type Issue = { path: PropertyKey[]; message: string };

export function fieldErrors(issues: readonly Issue[], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}

function validate<T extends z.ZodMiniType>(schema: T, value: unknown, prefix?: string): z.infer<T> {
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

/** JSON body → validated value, or a 4xx problem that says exactly what is wrong. */
export function parseJsonBody<T extends z.ZodMiniType>(
  event: APIGatewayProxyEventV2,
  schema: T,
  maxBytes = MAX_BODY_BYTES,
): z.infer<T> {
  if (!JSON_TYPE.test(contentTypeOf(event))) throw problems.unsupportedMediaType();
  const raw = bodyText(event, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw problems.malformedJson(error instanceof Error ? error.message : "unparseable body");
  }
  return validate(schema, value);
}

export function parsePathParameters<T extends z.ZodMiniType>(
  event: APIGatewayProxyEventV2,
  schema: T,
): z.infer<T> {
  return validate(schema, event.pathParameters ?? {}, "path");
}

export function parseQuery<T extends z.ZodMiniType>(event: APIGatewayProxyEventV2, schema: T): z.infer<T> {
  return validate(schema, event.queryStringParameters ?? {}, "query");
}
