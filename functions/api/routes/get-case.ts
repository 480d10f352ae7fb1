import { CaseWithTimeline } from "../responses/cases";
import { CasePath } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const getCaseRoute = {
  method: "GET",
  path: "/cases/{number}",
  groups: EVERYONE,
  entry: "functions/api/cases/get-case.ts",
  summary: "A case with its timeline (customers see only their own)",
  params: CasePath,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    'The case with its timeline, oldest event first. Customers see only their own cases (another\'s is 404, like a missing one), through an allow-list: no internal notes or assignments, and authors as `customer` or `support`. Staff see the whole case and timeline, and its `version`. The `ETag` header is the version, quoted (`"7"`): staff send it back as `If-Match` on replies and agent actions, so a write made on a stale view is refused.',
  responses: {
    200: {
      description: "The case and its timeline, in the caller's view",
      body: CaseWithTimeline,
      headers: ["ETag"],
    },
  },
  problems: [404],
} as const satisfies RouteDefinition;
