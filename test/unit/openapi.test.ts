import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ROUTES, type RouteDefinition } from "#api/routes";
import { PageQuery } from "#api/schemas";
import { openApiDocument, pathParameterNames, problemStatuses, renderOpenApi } from "#infra/ops/openapi";

// biome-ignore lint/suspicious/noExplicitAny: the document is walked by key; its shape is what the tests assert.
type Json = Record<string, any>;

const committed = readFileSync(new URL("../../openapi.json", import.meta.url), "utf8");
const document = JSON.parse(committed) as Json;
const ENTRIES = Object.entries(ROUTES) as [string, RouteDefinition][];

const operationOf = (doc: Json, route: Pick<RouteDefinition, "method" | "path">): Json =>
  doc.paths?.[route.path]?.[route.method.toLowerCase()];

/** A `$ref` inside the document, followed. */
function resolved(doc: Json, value: Json): Json {
  if (typeof value?.$ref !== "string") return value;
  return (value.$ref as string)
    .slice(2)
    .split("/")
    .reduce((node: Json, key) => node?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
}

const parametersOf = (doc: Json, operation: Json): Json[] =>
  ((operation.parameters ?? []) as Json[]).map((parameter) => resolved(doc, parameter));

describe("openapi.json", () => {
  it("is what `npm run docs` writes from the route table (run it after changing routes or schemas)", () => {
    expect(committed).toBe(renderOpenApi(ROUTES));
  });

  it("has every route of the route table, and nothing else, named by its key in the table", () => {
    const operations = Object.values(document.paths as Json).flatMap((item) => Object.values(item as Json));
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [id, route] of ENTRIES) expect(operationOf(document, route)?.operationId, id).toBe(id);
  });

  it("describes every input: the JSON body, each path parameter and each query property", () => {
    for (const [id, route] of ENTRIES) {
      const operation = operationOf(document, route);
      const parameters = parametersOf(document, operation);
      if (route.body) {
        const content = operation.requestBody?.content ?? {};
        expect(Object.keys(content), id).toEqual(route.bodyMediaTypes ?? ["application/json"]);
        for (const media of Object.values(content) as Json[])
          expect(media.schema, id).toEqual(expect.any(Object));
      } else expect(operation.requestBody, id).toBeUndefined();
      const inPath = parameters.filter((p) => p.in === "path");
      expect(
        inPath.map((p) => p.name),
        id,
      ).toEqual(pathParameterNames(route.path));
      for (const parameter of inPath) expect(parameter, id).toMatchObject({ required: true, schema: {} });
      const queryNames = Object.keys(
        route.query ? (z.toJSONSchema(route.query, { io: "input" }).properties ?? {}) : {},
      );
      expect(
        parameters.filter((p) => p.in === "query").map((p) => p.name),
        id,
      ).toEqual(queryNames);
    }
  });

  it("has each declared answer with its schema, and every problem the route can answer as problem+json", () => {
    for (const [id, route] of ENTRIES) {
      const responses = operationOf(document, route).responses as Json;
      for (const [status, declared] of Object.entries(route.responses ?? {})) {
        const media = responses[status]?.content?.[declared.contentType ?? "application/json"];
        expect(responses[status]?.description, `${id} ${status}`).toBe(declared.description);
        if (declared.body) expect(media?.schema, `${id} ${status}`).toEqual(expect.any(Object));
        else expect(responses[status]?.content, `${id} ${status}`).toBeUndefined();
      }
      for (const status of problemStatuses(route)) {
        expect(resolved(document, responses[status])?.content, `${id} ${status}`).toEqual({
          "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
        });
      }
    }
  });

  it("has a 4xx answer for every route that takes input or a token (redocly.yaml leaves this to the test)", () => {
    for (const [id, route] of ENTRIES) {
      const takesNothing =
        route.groups === "public" &&
        !route.body &&
        !route.query &&
        pathParameterNames(route.path).length === 0;
      const refusals = Object.keys(operationOf(document, route).responses).filter((s) => s.startsWith("4"));
      if (!takesNothing) expect(refusals, id).not.toEqual([]);
    }
  });

  it("asks for the bearer token (the ID token from POST /sessions) on every route but the public ones", () => {
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
    for (const [id, route] of ENTRIES) {
      const security = operationOf(document, route).security;
      expect(security, id).toEqual(route.groups === "public" ? [] : undefined);
    }
  });

  it("holds JSON Schema without zod's `$schema` or `$defs` (those would not resolve inside the document)", () => {
    expect(committed).not.toMatch(/"\$schema"|"\$defs"|#\/\$defs\//);
  });
});

describe("the document generator", () => {
  const base = {
    groups: ["customer"],
    entry: "x.ts",
    summary: "A route",
    description: "What the route does.",
    tags: ["cases"],
    responses: {},
    needs: {},
  } as const;
  const generated = (routes: Record<string, RouteDefinition>) => openApiDocument(routes) as Json;

  it("takes path parameters from params, query parameters from query, pages from the page query, and the Idempotency-Key header", () => {
    const doc = generated({
      listThings: {
        ...base,
        method: "POST",
        path: "/things/{number}/parts",
        params: z.object({ number: z.string().check(z.regex(/^\d{8}$/), z.describe("The thing")) }),
        query: z.object({ ...PageQuery.shape, kind: z.enum(["a", "b"]) }),
        idempotencyKey: true,
        example: { query: { kind: "a" } },
        needs: { table: "write" },
      },
    });
    const operation = operationOf(doc, { method: "POST", path: "/things/{number}/parts" });
    expect(parametersOf(doc, operation)).toEqual([
      { name: "number", in: "path", required: true, description: "The thing", schema: expect.any(Object) },
      expect.objectContaining({
        name: "limit",
        in: "query",
        required: false,
        description: expect.any(String),
      }),
      expect.objectContaining({ name: "cursor", in: "query", required: false }),
      {
        name: "kind",
        in: "query",
        required: true,
        schema: { type: "string", enum: ["a", "b"] },
        example: "a",
      },
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }),
    ]);
    expect(operation.parameters[1]).toEqual({ $ref: "#/components/parameters/Limit" });
    expect(Object.keys(operation.responses)).toEqual(["400", "401", "403", "409", "422", "503"]);
  });

  it("describes a body as clients send it and an answer as handlers write it, with its example and headers", () => {
    const Count = z._default(z.int(), 0);
    const doc = generated({
      addThing: {
        ...base,
        method: "POST",
        path: "/things",
        body: z.object({ count: Count }),
        example: { body: { count: 2 } },
        responses: { 201: { description: "Made", body: z.object({ count: Count }), headers: ["Location"] } },
      },
    });
    const operation = operationOf(doc, { method: "POST", path: "/things" });
    const request = operation.requestBody.content["application/json"];
    expect(request.example).toEqual({ count: 2 });
    expect(request.schema.required).toBeUndefined();
    const answer = operation.responses["201"];
    expect(answer.content["application/json"].schema.required).toEqual(["count"]);
    expect(answer.headers.Location).toMatchObject({
      schema: { type: "string" },
      description: expect.any(String),
    });
    expect(Object.keys(operation.responses)).toEqual(["201", "400", "401", "403", "413", "415"]);
  });

  it("takes a body in each media type the route reads, and says how large it may be", () => {
    const doc = generated({
      load: {
        ...base,
        method: "POST",
        path: "/load",
        body: z.object({ rows: z.array(z.unknown()) }),
        bodyMediaTypes: ["application/json", "text/csv"],
        maxBodyBytes: 1024 * 1024,
      },
      note: { ...base, method: "POST", path: "/note", body: z.object({ text: z.string() }) },
    });
    const load = operationOf(doc, { method: "POST", path: "/load" }).requestBody;
    expect(Object.keys(load.content)).toEqual(["application/json", "text/csv"]);
    expect(load.content["text/csv"].schema).toMatchObject({ type: "string" });
    expect(load.description).toBe("application/json or text/csv. At most 1 MiB.");
    expect(operationOf(doc, { method: "POST", path: "/note" }).requestBody.description).toBe(
      "At most 64 KiB.",
    );
  });

  it("moves zod's definitions (schemas with an id) to the document's components", () => {
    const Part = z.object({ name: z.string() }).check(z.meta({ id: "Part" }));
    const doc = generated({
      getThing: {
        ...base,
        method: "GET",
        path: "/thing",
        responses: { 200: { description: "It", body: z.object({ parts: z.array(Part) }) } },
      },
    });
    const schema = operationOf(doc, { method: "GET", path: "/thing" }).responses["200"].content[
      "application/json"
    ].schema;
    expect(schema.properties.parts.items).toEqual({ $ref: "#/components/schemas/Part" });
    expect(doc.components.schemas.Part).toMatchObject({ type: "object", required: ["name"] });
    expect(JSON.stringify(doc)).not.toContain("$defs");
  });

  it("describes an answer that is not JSON under its own media type", () => {
    const doc = generated({
      page: {
        ...base,
        method: "GET",
        path: "/page",
        responses: { 200: { description: "A page", body: z.string(), contentType: "text/html" } },
      },
    });
    const answer = operationOf(doc, { method: "GET", path: "/page" }).responses["200"];
    expect(answer.content).toEqual({ "text/html": { schema: { type: "string" } } });
  });

  it("refuses what does not fit: params other than the path's, an example query or body the route does not take", () => {
    const route = { ...base, method: "GET", path: "/things/{number}" } as const;
    expect(() => generated({ a: { ...route, params: z.object({ id: z.string() }) } })).toThrow(/params/);
    expect(() => generated({ a: { ...route, example: { query: { kind: "a" } } } })).toThrow(/example query/);
    expect(() => generated({ a: { ...route, example: { body: {} } } })).toThrow(/example body/);
  });
});
