import { QueuePage } from "../responses/cases";
import { QueueQuery } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const caseQueueRoute = {
  method: "GET",
  path: "/queue",
  groups: STAFF,
  entry: "functions/api/cases/case-queue.ts",
  summary:
    "Open cases, first response due soonest first, with time left; filter by status, severity, plan, assignee, mine, unassigned",
  query: QueueQuery,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "Open cases, first response due soonest first (cases answered at once last), each with `firstResponse: {breached, timeLeftSeconds}`. Filters `status` (an open status), `severity`, `plan`, `assigneeId`, `mine=true` (assigned to the caller) and `unassigned=true` all hold together; a filtered page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the queue ends, or it says there is more with `nextCursor`.",
  responses: { 200: { description: "A page of the queue", body: QueuePage } },
  example: { query: { severity: "A", limit: "50" } },
} as const satisfies RouteDefinition;
