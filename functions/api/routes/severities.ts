import { Severities } from "../responses/support";
import type { RouteDefinition } from "./route-definition";

export const severitiesRoute = {
  method: "GET",
  path: "/support/severities",
  groups: "public",
  entry: "functions/api/support/severities.ts",
  summary: "Severity levels A to D and what each means",
  needs: {},
  tags: ["support"],
  description:
    "Severity levels A (a backup system down, data loss) to D (no functional impact: questions), and what each means: the customer chooses one when opening a case.",
  responses: { 200: { description: "The severity levels", body: Severities } },
} as const satisfies RouteDefinition;
