import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROUTES } from "#api/routes";
import { renderRouteTable, withRouteTable } from "#infra/ops/route-docs";
import { WALKTHROUGH_FENCE, walkthroughOf } from "../support/walkthrough";

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

  it("states, for every curl of its walkthrough blocks, the status to expect (test/integration/readme-walkthrough.test.ts runs them)", () => {
    const blocks = readme
      .split(`${WALKTHROUGH_FENCE}\n`)
      .slice(1)
      .map((rest) => rest.split("\n```")[0] ?? "");
    const curls = blocks.join("\n").match(/(^|\$\()curl /gm) ?? [];

    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(walkthroughOf(readme).expected).toHaveLength(curls.length);
  });
});
