import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUTES } from "#api/routes";
import { compileRoutes, matchRoute, pathParametersOf } from "#infra/local/gateway/route-match";
import { HttpProblem } from "#shared/problem";

/** How the local gateway picks a route and reads its path parameters (infra/local/gateway/route-match.ts). */

const compiled = compileRoutes(ROUTES);

function refusal(act: () => unknown): HttpProblem {
  try {
    act();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error("no refusal");
}

describe("the local gateway's routing", () => {
  it("takes every route's path, whatever its parameters hold, to that route, and decodes them", () => {
    for (const route of Object.values(ROUTES)) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "");
      fc.assert(
        fc.property(
          fc.array(fc.string({ minLength: 1 }), { minLength: names.length, maxLength: names.length }),
          (values) => {
            let index = 0;
            const path = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(values[index++] ?? ""));
            const match = matchRoute(compiled, route.method, path);
            expect(`${match.route.method} ${match.route.path}`).toBe(`${route.method} ${route.path}`);
            expect(pathParametersOf(match, path)).toEqual(
              Object.fromEntries(names.map((n, i) => [n, values[i]])),
            );
          },
        ),
        { numRuns: 20 },
      );
    }
  });

  it("answers 405 naming the methods a path takes, and 404 for a path no route has", () => {
    const methodNotAllowed = refusal(() => matchRoute(compiled, "DELETE", "/sessions"));
    expect(methodNotAllowed).toMatchObject({ status: 405, detail: "/sessions accepts POST." });
    const notFound = refusal(() => matchRoute(compiled, "GET", "/cases/1/nothing"));
    expect(notFound).toMatchObject({ status: 404, detail: "No route for GET /cases/1/nothing." });
    expect(refusal(() => matchRoute(compiled, "GET", "/cases/")).status).toBe(404);
  });

  it("refuses a parameter that is no percent-encoded UTF-8 as the client's fault", () => {
    const match = matchRoute(compiled, "GET", "/cases/%zz");
    for (const broken of ["/cases/%zz", "/cases/%", "/cases/%C3%28"]) {
      expect(refusal(() => pathParametersOf(match, broken))).toMatchObject({ status: 400 });
    }
  });
});
