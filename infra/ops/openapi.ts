import * as z from "zod/mini";
import type { RouteDefinition, RouteResponse } from "#api/routes";
import { PageQuery } from "#api/schemas";
import { MAX_BODY_BYTES } from "#shared/request";
import packageJson from "../../package.json" with { type: "json" };
import {
  IDEMPOTENCY_KEY,
  PAGE_PARAMETERS,
  Problem,
  problemResponse,
  problemResponseName,
  responseHeader,
  SECURITY_SCHEMES,
  TAG_DESCRIPTIONS,
} from "./openapi-components";

/**
 * The OpenAPI 3.1 document, generated from the route table with zod's own JSON Schema output
 * (no extra library: the schemas are zod/mini, which `z.toJSONSchema` reads). Requests are
 * described as clients send them (io "input"), answers as handlers write them (io "output").
 * Objects are built in a fixed order, so the same table always gives the same bytes.
 */

type Json = Record<string, unknown>;

const JSON_MEDIA_TYPE = "application/json";

export const DOCUMENT_INFO = {
  title: "Support center API",
  version: packageJson.version,
  description: [
    packageJson.description,
    "Sign in with `POST /sessions` and send its `idToken` as a bearer token; public routes need none. Every refusal is `application/problem+json` (RFC 9457) with a stable `type`, a `title`, a `detail` and, for invalid input, `errors[]` naming every bad field. Lists come in pages: `limit` and `cursor` in, `nextCursor` out (none on the last page). Creating requests that honour an `Idempotency-Key` header say so.",
    "The reference page is at [`/docs`](/docs); this document at [`/openapi.json`](/openapi.json).",
  ].join("\n\n"),
  license: { name: "Proprietary" },
};

/** The problems a route answers from how it is declared, plus the ones it declares itself. */
export function problemStatuses(route: RouteDefinition): number[] {
  const statuses = new Set(route.problems ?? []);
  const add = (...more: number[]) => {
    for (const status of more) statuses.add(status);
  };
  if (route.groups !== "public") add(401, 403);
  if (route.body) add(400, 413, 415);
  if (route.params || route.query || route.headers) add(400);
  if (route.needs.table || route.needs.identity?.length) add(503);
  if (route.throttle === "auth") add(429);
  // The idempotency layer's own refusals (functions/shared/http.ts).
  if (route.idempotencyKey) add(409, 422);
  return [...statuses].sort((a, b) => a - b);
}

/** Path parameter names in the order the path template has them. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
}

class DocumentBuilder {
  readonly schemas: Record<string, Json> = {};
  private readonly problems = new Set<number>();
  readonly parameters: Record<string, Json> = {};
  private readonly pageQuery: Json;

  constructor() {
    this.pageQuery = (this.schema(PageQuery, "input").properties ?? {}) as Json;
    this.schemas.Problem = this.schema(Problem, "output");
  }

  /**
   * A schema as it goes into the document: no `$schema`, and definitions zod pulls out (schemas
   * with an `id` in their metadata, cycles) moved to the document's components.
   */
  schema(schema: z.ZodMiniType, io: "input" | "output"): Json {
    const {
      $schema: _,
      $defs,
      ...converted
    } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
    const moved = (json: Json): Json =>
      JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'));
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
      const component = moved(definition);
      const existing = this.schemas[name];
      if (existing && JSON.stringify(existing) !== JSON.stringify(component)) {
        throw new Error(
          `Two different schemas are named ${name} (input and output differ?): give one its own id`,
        );
      }
      this.schemas[name] = component;
    }
    return moved(converted);
  }

  problem(status: number): Json {
    this.problems.add(status);
    return { $ref: `#/components/responses/${problemResponseName(status)}` };
  }

  /** The problem answers the operations refer to, by status. */
  responses(): Record<string, Json> {
    const statuses = [...this.problems].sort((a, b) => a - b);
    return Object.fromEntries(
      statuses.map((status) => [problemResponseName(status), problemResponse(status)]),
    );
  }

  operation(id: string, route: RouteDefinition): Json {
    const parameters = [
      ...this.pathParameters(route),
      ...this.queryParameters(route),
      ...this.headerParameters(route),
    ];
    if (route.idempotencyKey) {
      this.parameters.IdempotencyKey = IDEMPOTENCY_KEY;
      parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
    }
    if (route.example?.body !== undefined && !route.body)
      throw new Error(`${id}: an example body, but no body`);
    return {
      operationId: id,
      summary: route.summary,
      description: route.description,
      tags: [...route.tags],
      ...(route.groups === "public" ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: this.requestBody(route, route.body) } : {}),
      responses: this.answers(route),
    };
  }

  /** JSON with its schema and example; other media types as text the route's reader turns into it. */
  private requestBody(route: RouteDefinition, body: z.ZodMiniType): Json {
    const example = route.example?.body;
    const types = route.bodyMediaTypes ?? [JSON_MEDIA_TYPE];
    const content = Object.fromEntries(
      types.map((type) => [
        type,
        type === JSON_MEDIA_TYPE
          ? { schema: this.schema(body, "input"), ...(example === undefined ? {} : { example }) }
          : { schema: { type: "string", description: `The JSON body's fields, as ${type}` } },
      ]),
    );
    const limit = `At most ${size(route.maxBodyBytes ?? MAX_BODY_BYTES)}`;
    return {
      description: types.length > 1 ? `${types.join(" or ")}. ${limit}.` : `${limit}.`,
      required: true,
      content,
    };
  }

  /** Every `{name}` of the path, required, with its schema from `params` (a string without one). */
  private pathParameters(route: RouteDefinition): Json[] {
    const names = pathParameterNames(route.path);
    const schema = route.params ? this.schema(route.params, "input") : undefined;
    const properties = (schema?.properties ?? {}) as Record<string, Json>;
    if (schema && Object.keys(properties).sort().join() !== [...names].sort().join()) {
      throw new Error(`${route.path}: params has ${Object.keys(properties).join(", ") || "nothing"}`);
    }
    return names.map((name) => parameter(name, "path", true, properties[name] ?? { type: "string" }));
  }

  private queryParameters(route: RouteDefinition): Json[] {
    const example = route.example?.query ?? {};
    const schema = route.query ? this.schema(route.query, "input") : { properties: {} };
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    const unknown = Object.keys(example).filter((name) => !(name in properties));
    if (unknown.length > 0) throw new Error(`${route.path}: the example query has ${unknown.join(", ")}`);
    const required = (schema.required ?? []) as string[];
    return Object.entries(properties).map(([name, property]) => {
      const page = PAGE_PARAMETERS[name];
      if (
        page &&
        !required.includes(name) &&
        !(name in example) &&
        sameJson(property, this.pageQuery[name])
      ) {
        this.parameters[page.component] = parameter(name, "query", false, property, page.description);
        return { $ref: `#/components/parameters/${page.component}` };
      }
      return {
        ...parameter(name, "query", required.includes(name), property),
        ...(name in example ? { example: example[name] } : {}),
      };
    });
  }

  /** The headers a route reads (If-Match), named as HTTP spells them. */
  private headerParameters(route: RouteDefinition): Json[] {
    if (!route.headers) return [];
    const schema = this.schema(route.headers, "input");
    const required = (schema.required ?? []) as string[];
    return Object.entries((schema.properties ?? {}) as Record<string, Json>).map(([name, property]) =>
      parameter(headerName(name), "header", required.includes(name), property),
    );
  }

  private answers(route: RouteDefinition): Json {
    const answers: Json = {};
    for (const [status, response] of Object.entries(route.responses)) {
      answers[status] = this.success(response);
    }
    for (const status of problemStatuses(route)) answers[String(status)] = this.problem(status);
    return answers;
  }

  private success(response: RouteResponse): Json {
    const headers = Object.fromEntries((response.headers ?? []).map((name) => [name, responseHeader(name)]));
    const media = response.contentType ?? "application/json";
    return {
      description: response.description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(response.body ? { content: { [media]: { schema: this.schema(response.body, "output") } } } : {}),
    };
  }
}

/** "if-match" → "If-Match". */
function headerName(lowerCase: string): string {
  return lowerCase.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function parameter(
  name: string,
  where: "path" | "query" | "header",
  required: boolean,
  schema: Json,
  text?: string,
): Json {
  const { description, ...rest } = schema;
  const said = text ?? description;
  return { name, in: where, required, ...(said ? { description: said } : {}), schema: rest };
}

/** 65536 → "64 KiB". */
function size(bytes: number): string {
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function openApiDocument(routes: Record<string, RouteDefinition>, info = DOCUMENT_INFO): Json {
  const builder = new DocumentBuilder();
  const paths: Record<string, Json> = {};
  for (const [id, route] of Object.entries(routes)) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: builder.operation(id, route) };
  }
  const tags = [...new Set(Object.values(routes).flatMap((route) => route.tags))];
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/", description: "The host that serves this document" }],
    security: [{ bearerAuth: [] }],
    tags: tags.map((name) => ({
      name,
      ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}),
    })),
    paths,
    components: {
      schemas: builder.schemas,
      responses: builder.responses(),
      ...(Object.keys(builder.parameters).length > 0 ? { parameters: builder.parameters } : {}),
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}

/** The committed file's text: two-space JSON and a final newline. */
export function renderOpenApi(routes: Record<string, RouteDefinition>, info = DOCUMENT_INFO): string {
  return `${JSON.stringify(openApiDocument(routes, info), null, 2)}\n`;
}
