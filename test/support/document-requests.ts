import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { type JsonSchema, schemaArbitrary } from "./schema-arbitrary";

/**
 * The request side of the API document (openapi.json, the committed file a freshness test keeps
 * equal to the route table): per operation, its path, query and header parameters and its JSON
 * body as JSON Schemas, and an arbitrary of the requests the document promises to accept.
 */

type Json = Record<string, unknown>;

export const apiDocument = JSON.parse(
  readFileSync(new URL("../../openapi.json", import.meta.url), "utf8"),
) as Json & { paths: Record<string, Record<string, Json>>; components: Json };

export interface RequestSchemas {
  method: string;
  path: string;
  /** One object schema per location: its properties are the parameters, all path ones required. */
  params: Json;
  query: Json;
  headers: Json;
  body?: JsonSchema;
}

/** A request as the document describes it: parameter values are text, the body any JSON. */
export interface DrawnRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  body?: unknown;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: JsonSchema;
}

function resolved(parameter: Json): Parameter {
  const ref = parameter.$ref;
  if (typeof ref !== "string") return parameter as unknown as Parameter;
  const name = ref.replace("#/components/parameters/", "");
  return (apiDocument.components.parameters as Record<string, Parameter>)[name] as Parameter;
}

function parametersIn(parameters: Parameter[], where: Parameter["in"]): Json {
  const found = parameters.filter((parameter) => parameter.in === where);
  return {
    type: "object",
    properties: Object.fromEntries(found.map((parameter) => [parameter.name, parameter.schema])),
    required: found.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    // Only what the document names: an undeclared query parameter is no promise of the document.
    additionalProperties: false,
  };
}

/** Every operation of the document, by operationId. */
export function requestSchemas(): Map<string, RequestSchemas> {
  const operations = new Map<string, RequestSchemas>();
  for (const [path, methods] of Object.entries(apiDocument.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = ((operation.parameters ?? []) as Json[]).map(resolved);
      const content = (operation.requestBody as { content?: Record<string, { schema: JsonSchema }> })
        ?.content;
      operations.set(String(operation.operationId), {
        method: method.toUpperCase(),
        path,
        params: parametersIn(parameters, "path"),
        query: parametersIn(parameters, "query"),
        headers: parametersIn(parameters, "header"),
        ...(content?.["application/json"] ? { body: content["application/json"].schema } : {}),
      });
    }
  }
  return operations;
}

/** Requests to one operation drawn from its schemas: what the document says it accepts. */
export function requestArbitrary(schemas: RequestSchemas): fc.Arbitrary<DrawnRequest> {
  const draw = (schema: JsonSchema) => schemaArbitrary(schema, apiDocument);
  return fc.record({
    path: draw(schemas.params) as fc.Arbitrary<Record<string, string>>,
    query: draw(schemas.query) as fc.Arbitrary<Record<string, string>>,
    ...(schemas.body === undefined ? {} : { body: draw(schemas.body) }),
  });
}

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** An ajv validator of `schema` (JSON Schema 2020-12), its `#/components/…` resolved in the document. */
export function documentValidator(
  schema: JsonSchema,
): (value: unknown) => { valid: boolean; errors: string } {
  const rooted = typeof schema === "boolean" ? schema : { ...schema, components: apiDocument.components };
  const validate = ajv.compile(rooted);
  return (value) => ({ valid: Boolean(validate(value)), errors: ajv.errorsText(validate.errors) });
}
