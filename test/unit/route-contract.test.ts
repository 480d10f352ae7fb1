import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ROUTES, type RouteDefinition, type RouteId } from "#api/routes";
import { API_TAGS } from "#api/tags";

/**
 * The contract data of the route table (what the API document is generated from): every route
 * says what it answers, its examples are requests the route accepts, and every response schema
 * has a JSON Schema form that constrains every value (no `{}` that would admit anything).
 */

const ENTRIES = Object.entries(ROUTES) as [RouteId, RouteDefinition][];

/** Keywords that say nothing about the value: a schema with only these admits anything. */
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "default", "examples", "deprecated"]);

const isEmpty = (value: unknown) =>
  typeof value === "object" && value !== null && Object.keys(value).every((key) => ANNOTATIONS.has(key));

/**
 * Paths (`#/properties/items/items/anyOf/0…`) of the subschemas that admit any value. An object's
 * `additionalProperties: {}` is no such fallback but an open object (z.looseObject), chosen.
 */
function unconstrained(schema: unknown, at = "#"): string[] {
  if (schema === true) return [at];
  if (schema === null || typeof schema !== "object") return [];
  const node = schema as Record<string, unknown>;
  const here = isEmpty(node) ? [at] : [];
  const inner = (key: string, value: unknown): string[] => {
    if (key === "properties" || key === "$defs")
      return Object.entries(value as object).flatMap(([name, sub]) =>
        unconstrained(sub, `${at}/${key}/${name}`),
      );
    if (key === "anyOf" || key === "oneOf" || key === "allOf" || key === "prefixItems")
      return (value as unknown[]).flatMap((sub, i) => unconstrained(sub, `${at}/${key}/${i}`));
    if (key === "additionalProperties" && (value === true || isEmpty(value))) return [];
    if (key === "items" || key === "additionalProperties" || key === "propertyNames" || key === "not")
      return value === false ? [] : unconstrained(value, `${at}/${key}`);
    return [];
  };
  return [...here, ...Object.entries(node).flatMap(([key, value]) => inner(key, value))];
}

describe("the route table's contract data", () => {
  it.each(ENTRIES)("%s has a tag, a description and its success answers", (_id, route) => {
    expect(route.tags.length).toBeGreaterThan(0);
    for (const tag of route.tags) expect(Object.keys(API_TAGS)).toContain(tag);
    expect(route.description.trim().length).toBeGreaterThan(20);
    const statuses = Object.keys(route.responses).map(Number);
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) {
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);
      expect(route.responses[status]?.description).toBeTruthy();
    }
    // No body where HTTP says there is none.
    expect(route.responses[204]?.body).toBeUndefined();
  });

  it.each(ENTRIES)("%s declares only client-error and unavailable problems", (_id, route) => {
    for (const status of route.problems ?? []) {
      expect(status === 503 || (status >= 400 && status < 500)).toBe(true);
    }
    expect(new Set(route.problems).size).toBe((route.problems ?? []).length);
  });

  it.each(ENTRIES)("%s: each example is a request the route's own schemas accept", (_id, route) => {
    const { body, query } = route.example ?? {};
    if (body !== undefined) {
      expect(route.body, "an example body needs a body schema").toBeDefined();
      if (route.body) expect(z.safeParse(route.body, body).error?.issues).toBeUndefined();
    }
    if (query !== undefined) {
      expect(route.query, "an example query needs a query schema").toBeDefined();
      if (route.query) expect(z.safeParse(route.query, query).error?.issues).toBeUndefined();
    }
  });

  it.each(ENTRIES)(
    "%s: every response schema has a JSON Schema form that constrains every value",
    (_id, route) => {
      for (const answer of Object.values(route.responses)) {
        if (!answer.body) continue;
        // Throws on what JSON Schema cannot represent (transforms, custom types).
        const schema = z.toJSONSchema(answer.body, { io: "output" });
        expect(unconstrained(schema)).toEqual([]);
      }
    },
  );

  it.each(ENTRIES)(
    "%s declares the Idempotency-Key header exactly when its handler honours it",
    (_id, route) => {
      const source = readFileSync(new URL(`../../${route.entry}`, import.meta.url), "utf8");
      // Through the middleware, or in the route's own transaction (an idempotency claim).
      expect(route.idempotencyKey === true).toBe(/\[idempotent\]|idempotencyClaim\(/.test(source));
    },
  );

  it("finds the schemas that would admit anything", () => {
    const loose = z.toJSONSchema(z.strictObject({ id: z.string(), extra: z.unknown() }), { io: "output" });
    expect(unconstrained(loose)).toEqual(["#/properties/extra"]);
    expect(unconstrained(z.toJSONSchema(z.array(z.any()), { io: "output" }))).toEqual(["#/items"]);
    expect(unconstrained(z.toJSONSchema(z.looseObject({ id: z.string() }), { io: "output" }))).toEqual([]);
  });
});
