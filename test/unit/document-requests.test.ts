import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ROUTES, type RouteDefinition, type RouteId } from "#api/routes";
import { fieldErrors } from "#shared/request";
import {
  type DrawnRequest,
  documentValidator,
  requestArbitrary,
  requestSchemas,
} from "../support/document-requests";
import { type Fixtures, validCaseArb } from "../support/fuzz-requests";
import { KNOWN_RULES, keepingRules, unexplained } from "../support/known-rules";

/**
 * The document is no looser than the route table: a request drawn from openapi.json passes the
 * schemas apiHandler parses with, unless it breaks one of the known rules across fields (which
 * JSON Schema cannot state), and kept to those rules it passes. The route fuzz sends such requests
 * to the handlers; this finds a looser document in a second, without a stack. And the fuzz's
 * "valid" stays true to its name: naming real things and keeping those rules, its requests are
 * still valid by the document (ajv).
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

const user = (id: string) => ({ id, email: `${id}@example.com`, token: "t" });
const FIXTURES: Fixtures = {
  owner: user("owner"),
  stranger: user("stranger"),
  agent: user("agent"),
  admin: user("admin"),
  serial: "FUZZ1-AAAAA-BBBBB-CCCCC-DDDDD",
  changedSerial: "FUZZ2-AAAAA-BBBBB-CCCCC-DDDDD",
  productId: "backup-server-fuzz",
  caseNumber: "00000001",
  resolvedCaseNumber: "00000002",
  ratableCaseNumber: "00000003",
  feedbackId: "20260101T000000000Z-0123abcd",
};

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

  it.each(ENTRIES)(
    "%s: the fuzz's valid requests, real things named and rules kept, are still the document's",
    (id) => {
      const schemas = SCHEMAS.get(id);
      if (!schemas) throw new Error(`${id} is not in openapi.json: npm run docs`);
      const parts = [
        ["path", documentValidator(schemas.params)],
        ["query", documentValidator(schemas.query)],
        ["body", schemas.body === undefined ? undefined : documentValidator(schemas.body)],
      ] as const;
      fc.assert(
        fc.property(validCaseArb(id, FIXTURES), ({ request }) => {
          for (const [part, validate] of parts) {
            const { valid, errors } = validate?.(request[part]) ?? { valid: true, errors: "" };
            expect(valid, `${part} ${JSON.stringify(request[part])}: ${errors}`).toBe(true);
          }
        }),
        { numRuns: 100 },
      );
    },
  );

  it("knows rules only of routes that have input", () => {
    for (const id of Object.keys(KNOWN_RULES)) expect(ENTRIES.map(([entry]) => entry)).toContain(id);
  });
});
