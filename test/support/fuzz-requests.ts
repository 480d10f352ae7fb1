import fc from "fast-check";
import * as z from "zod/mini";
import { ROUTES, type RouteDefinition, type RouteId } from "#api/routes";
import { LicenseImportRow } from "#api/schemas";
import { type DrawnRequest, requestArbitrary, requestSchemas } from "./document-requests";
import { keepingRules } from "./known-rules";
import type { TestUser } from "./local";
import { type JsonSchema, schemaArbitrary } from "./schema-arbitrary";

/**
 * The route fuzz's valid requests: drawn from the API document (openapi.json), so "valid" is
 * exactly what the document promises. Most of them then name real things where a drawn value
 * would only find nothing (404), and keep the known rules across fields (known-rules.ts), so
 * that the success paths run too; the rest go as drawn.
 */

export interface Fixtures {
  owner: TestUser;
  stranger: TestUser;
  agent: TestUser;
  admin: TestUser;
  /** The owner's license: the case routes' entitlement. */
  serial: string;
  /** A license of its own for the admin's changes, so that drawn plans leave the owner's entitlement alone. */
  changedSerial: string;
  productId: string;
  caseNumber: string;
  resolvedCaseNumber: string;
  /** Resolved and reached only by the rating route: notes and agent actions reopen the other one. */
  ratableCaseNumber: string;
  feedbackId: string;
}

export interface ValidCase {
  request: DrawnRequest;
  caller?: TestUser;
}

type References = {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
};

const rowSchema = z.toJSONSchema(LicenseImportRow, { io: "input" }) as JsonSchema;

/**
 * Real things for drawn values to name, by parameter or member name (a member the draw left out
 * stays out). Drawn, a case number, serial, feedback id or customer id almost never exists: the
 * route answers 404 (or 422) before its own logic runs.
 */
function references(
  id: RouteId,
  f: Fixtures,
): { [K in keyof References]: Record<string, fc.Arbitrary<unknown>> } {
  const cases = fc.constantFrom(f.caseNumber, f.resolvedCaseNumber);
  return {
    path: {
      // Rating gets a resolved case no other route reopens.
      number: id === "rateCase" ? fc.constant(f.ratableCaseNumber) : cases,
      // The admin's drawn plan changes go to a license of their own, not the owner's entitlement.
      serial: fc.constant(id === "changeLicense" ? f.changedSerial : f.serial),
      feedbackId: fc.constant(f.feedbackId),
    },
    query: { serial: fc.constant(f.serial) },
    body: {
      ...(id === "openCase"
        ? { serial: fc.constant(f.serial), onBehalfOf: fc.constant({ customerId: f.owner.id }) }
        : {}),
      ...(id === "giveFeedback" ? { caseNumber: fc.constant(f.caseNumber) } : {}),
      // The document has rows as `{}`: the handler answers a bad row in its report, not with a
      // 400. Drawn from the row's own schema, they get imported.
      ...(id === "importLicenses"
        ? { licenses: fc.array(schemaArbitrary(rowSchema), { minLength: 1, maxLength: 3 }) }
        : {}),
    },
  };
}

/** Drawn members replaced by references where the draw has them. */
function named(request: DrawnRequest, refs: References): DrawnRequest {
  // Own members only: a drawn extra key such as "valueOf" is `in` every object, and took its method.
  const replace = (drawn: Record<string, unknown>, real: Record<string, unknown> = {}) =>
    Object.fromEntries(
      Object.entries(drawn).map(([key, value]) => [key, Object.hasOwn(real, key) ? real[key] : value]),
    );
  return {
    path: replace(request.path, refs.path) as Record<string, string>,
    query: replace(request.query, refs.query) as Record<string, string>,
    ...(request.body === undefined
      ? {}
      : {
          body:
            request.body && typeof request.body === "object"
              ? replace(request.body as never, refs.body)
              : request.body,
        }),
  };
}

/** Three times in four. */
const mostly = fc.oneof(
  { weight: 3, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant(false) },
);

function callerArb(route: RouteDefinition, f: Fixtures): fc.Arbitrary<TestUser | undefined> {
  if (route.groups === "public") return fc.constant(undefined);
  const byGroup = { customer: [f.owner, f.owner, f.stranger], agent: [f.agent], admin: [f.admin] };
  return fc.constantFrom(...route.groups.flatMap((group) => byGroup[group]));
}

const SCHEMAS = requestSchemas();

/** The document's requests to one route, with the caller that sends each. */
export function validCaseArb(id: RouteId, f: Fixtures): fc.Arbitrary<ValidCase> {
  const route: RouteDefinition = ROUTES[id];
  const schemas = SCHEMAS.get(id);
  if (!schemas) throw new Error(`${id} is not in openapi.json: npm run docs`);
  const refs = references(id, f);
  return fc
    .record({
      request: requestArbitrary(schemas),
      refs: fc.record({
        path: fc.record(refs.path ?? {}),
        query: fc.record(refs.query ?? {}),
        body: fc.record(refs.body ?? {}),
      }),
      useRefs: mostly,
      keepRules: mostly,
      caller: callerArb(route, f),
    })
    .map(({ request, refs, useRefs, keepRules, caller }) => {
      const real = useRefs ? named(request, refs) : request;
      const staff = caller === f.agent || caller === f.admin;
      const context = { staff, ownedSerial: f.serial, customerId: f.owner.id };
      return { request: keepRules ? keepingRules(id, real, context) : real, caller };
    });
}
