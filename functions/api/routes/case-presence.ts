import { CasePresence } from "../responses/desk";
import { CasePath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const casePresenceRoute = {
  method: "GET",
  path: "/cases/{number}/presence",
  groups: STAFF,
  entry: "functions/api/desk/case-presence.ts",
  summary: "Who else has the case open now",
  params: CasePath,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "The staff other than the caller whose case page marked the case within the last minute (lapsed marks never count, even before the table's TTL removes them). 404 for an unknown case.",
  responses: { 200: { description: "The others on the case", body: CasePresence } },
  problems: [404],
} as const satisfies RouteDefinition;
