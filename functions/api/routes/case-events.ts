import { Timeline } from "../responses/cases";
import { CasePath } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const caseEventsRoute = {
  method: "GET",
  path: "/cases/{number}/events",
  groups: EVERYONE,
  entry: "functions/api/cases/case-events.ts",
  summary: "The case's timeline; customers see public events of their own cases only",
  params: CasePath,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "The case's timeline, oldest first: opening, replies, notes, follow-ups, severity changes, resolution. Customers see the public events of their own cases, with authors as `customer` or `support`; staff see every event with who acted.",
  responses: { 200: { description: "The timeline, in the caller's view", body: Timeline } },
  problems: [404],
} as const satisfies RouteDefinition;
