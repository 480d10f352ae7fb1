import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fieldErrors } from "#shared/request";
import { ROUTES, type RouteDefinition, type RouteId } from "../../functions/api/routes";
import { type DrawnRequest, requestArbitrary, requestSchemas } from "../support/document-requests";
import { KNOWN_RULES, keepingRules, unexplained } from "../support/known-rules";

/**
 * The document is no looser than the route table: a request drawn from openapi.json passes the
 * schemas apiHandler parses with, unless it breaks one of the known rules across fields (which
 * JSON Schema cannot state), and kept to those rules it passes. The route fuzz sends such requests
 * to the handlers; this finds a looser document in a second, without a stack.
 */

const SCHEMAS = requestSchemas();
const ENTRIES = (Object.entries(ROUTES) as [RouteId, RouteDefinition][]).filter(
  ([, route]) => route.params || route.query || route.body,
);

/** The field errors apiHandler would answer 400 with, named as it names them. */
function refusals(route: RouteDefinition, request: DrawnRequest) {
  const parts = [
    [route.params, request.path, "path"],
    [route.query, request.query, "query"],
    [route.body, request.body, undefined],
  ] as const;
  return parts.flatMap(([schema, value, prefix]) => {
    const result = schema ? z.safeParse(schema, value) : undefined;
    return result && !result.success ? fieldErrors(result.error.issues, prefix) : [];
  });
}

const context = (staff: boolean) => ({
  staff,
  ownedSerial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
  customerId: "c",
});

describe("requests the document admits, parsed by the route table", () => {
  it.each(ENTRIES)("%s: pass, or break a known rule, and pass when kept to them", (id, route) => {
    const schemas = SCHEMAS.get(id);
    if (!schemas) throw new Error(`${id} is not in openapi.json: npm run docs`);
    fc.assert(
      fc.property(requestArbitrary(schemas), fc.boolean(), (request, staff) => {
        expect(unexplained(id, refusals(route, request))).toEqual([]);
        expect(refusals(route, keepingRules(id, request, context(staff)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("knows rules only of routes that have input", () => {
    for (const id of Object.keys(KNOWN_RULES)) expect(ENTRIES.map(([entry]) => entry)).toContain(id);
  });
});
