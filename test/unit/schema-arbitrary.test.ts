import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  apiDocument,
  documentValidator,
  requestArbitrary,
  requestSchemas,
} from "../support/document-requests";
import { type JsonSchema, schemaArbitrary } from "../support/schema-arbitrary";

/**
 * The JSON Schema → fast-check arbitrary the route fuzz draws its valid requests with: every
 * value it draws is valid by ajv (an independent validator of the same dialect, OpenAPI 3.1's
 * JSON Schema 2020-12), for every request schema of the API document and for each keyword alone;
 * the draws reach every branch; keywords it cannot honour are refused, not ignored.
 */

function expectAllValid(schema: JsonSchema, numRuns = 200) {
  const validate = documentValidator(schema);
  fc.assert(
    fc.property(schemaArbitrary(schema, apiDocument), (value) => {
      const { valid, errors } = validate(value);
      expect(valid, `${JSON.stringify(value)}: ${errors}`).toBe(true);
    }),
    { numRuns },
  );
}

const sample = (schema: JsonSchema, numRuns = 300) => fc.sample(schemaArbitrary(schema), numRuns);

const OPERATIONS = [...requestSchemas()];

describe("requests drawn from the API document", () => {
  it("covers every operation of the document", () => {
    const operations = Object.values(apiDocument.paths).flatMap((methods) => Object.keys(methods));
    expect(OPERATIONS.length).toBe(operations.length);
    expect(OPERATIONS.filter(([, schemas]) => schemas.body).length).toBeGreaterThan(20);
  });

  it.each(OPERATIONS)("%s: every drawn path, query and body is valid by ajv", (_id, schemas) => {
    for (const part of [schemas.params, schemas.query, schemas.body]) {
      if (part !== undefined) expectAllValid(part);
    }
  });

  it("draws path parameters and required query parameters always, optional ones sometimes", () => {
    const drawn = fc.sample(requestArbitrary(requestSchemas().get("caseQueue") as never), 200);
    expect(drawn.every((request) => Object.keys(request.path).length === 0)).toBe(true);
    expect(drawn.some((request) => "severity" in request.query)).toBe(true);
    expect(drawn.some((request) => !("severity" in request.query))).toBe(true);
    const cases = fc.sample(requestArbitrary(requestSchemas().get("getCase") as never), 50);
    expect(cases.every((request) => /^\d{8}$/.test(request.path.number ?? ""))).toBe(true);
  });
});

describe("one keyword at a time", () => {
  const schemas: [string, JsonSchema][] = [
    ["string lengths", { type: "string", minLength: 3, maxLength: 5 }],
    ["an anchored pattern", { type: "string", pattern: "^[A-Z]{2}-\\d{3}$" }],
    [
      "several patterns and a length",
      { type: "string", minLength: 12, allOf: [{ pattern: "[a-z]" }, { pattern: "\\d" }] },
    ],
    ["format email", { type: "string", format: "email" }],
    ["format date", { type: "string", format: "date" }],
    ["format date-time", { type: "string", format: "date-time" }],
    ["a pattern and a format", { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }],
    ["a pattern open at its end", { type: "string", format: "date", pattern: "^20" }],
    ["integer bounds", { type: "integer", minimum: 1, maximum: 5 }],
    ["integer beyond 32 bits", { type: "integer", minimum: 1, maximum: 53_687_091_200 }],
    ["exclusive bounds", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }],
    ["boolean and null", { type: ["boolean", "null"] }],
    ["enum", { type: "string", enum: ["a", "b", "c"] }],
    ["const", { type: "boolean", const: true }],
    ["array lengths", { type: "array", items: { type: "integer" }, minItems: 1, maxItems: 3 }],
    [
      "unique items",
      { type: "array", items: { type: "integer", minimum: 0, maximum: 5 }, uniqueItems: true },
    ],
    [
      "a closed object",
      { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
    ],
    ["an open object", { type: "object", properties: { a: { type: "string" } }, required: ["a"] }],
    ["a never property", { type: "object", properties: { a: { not: {} }, b: { type: "integer" } } }],
    [
      "minProperties",
      {
        type: "object",
        properties: { a: { type: "string" }, b: { type: "string" } },
        minProperties: 1,
        additionalProperties: false,
      },
    ],
    [
      "oneOf",
      {
        oneOf: [
          { type: "object", properties: { kind: { const: "a" } }, required: ["kind"] },
          { type: "string" },
        ],
      },
    ],
    ["anyOf", { anyOf: [{ type: "string" }, { type: "null" }] }],
    ["a $ref to a component", { $ref: "#/components/schemas/Problem" }],
    ["the empty schema", {}],
  ];

  it.each(schemas)("%s: every drawn value is valid by ajv", (_name, schema) => expectAllValid(schema, 300));

  it("draws optional properties both ways and open objects with undeclared members", () => {
    const drawn = sample({ type: "object", properties: { a: { type: "string" } }, required: [] });
    expect(drawn.some((value) => "a" in (value as object))).toBe(true);
    expect(drawn.some((value) => Object.keys(value as object).length === 0)).toBe(true);
    expect(drawn.some((value) => Object.keys(value as object).some((key) => key !== "a"))).toBe(true);
    const closed = sample({
      type: "object",
      properties: { a: { type: "string" } },
      additionalProperties: false,
    });
    expect(closed.every((value) => Object.keys(value as object).every((key) => key === "a"))).toBe(true);
  });

  it("reaches every enum value and every union branch", () => {
    expect(new Set(sample({ enum: ["a", "b", "c"] }))).toEqual(new Set(["a", "b", "c"]));
    const kinds = sample({ oneOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] }).map(
      (v) => typeof v,
    );
    expect(new Set(kinds)).toEqual(new Set(["string", "number", "boolean"]));
  });

  it("leaves a never property out", () => {
    const drawn = sample({ type: "object", properties: { a: { not: {} } }, additionalProperties: false });
    expect(drawn.every((value) => !("a" in (value as object)))).toBe(true);
  });

  it.each([
    ["a keyword it does not know", { type: "number", multipleOf: 3 }],
    ["patternProperties", { type: "object", patternProperties: { "^x": {} } }],
    ["a remote $ref", { $ref: "https://example.com/schema.json" }],
    ["a $ref to nothing", { $ref: "#/components/schemas/Nothing" }],
    [
      "a required property nothing is valid for",
      { type: "object", properties: { a: { not: {} } }, required: ["a"] },
    ],
    ["not with content", { not: { type: "string" } }],
    ["an unknown format", { type: "string", format: "hostname" }],
  ] as [string, JsonSchema][])("refuses %s", (_name, schema) => {
    expect(() => schemaArbitrary(schema, apiDocument)).toThrow();
  });
});
