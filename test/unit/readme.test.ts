import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../functions/api/routes";
import { renderRouteTable, withRouteTable } from "../../infra/ops/route-docs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README", () => {
  it("documents exactly the routes of the route table (run `npm run docs` after changing routes)", () => {
    expect(withRouteTable(readme, renderRouteTable(ROUTES))).toBe(readme);
  });

  it("opens with the two commands, and CI runs the same test command", () => {
    const ci = readFileSync(new URL("../../.ci/run", import.meta.url), "utf8");
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
    expect(ci).toMatch(/^npm test$/m);
  });
});
