import { CasePresence } from "../responses/desk";
import { CasePath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const markPresenceRoute = {
  method: "PUT",
  path: "/cases/{number}/presence",
  groups: STAFF,
  entry: "functions/api/desk/mark-presence.ts",
  summary: "Say the caller has the case open (a heartbeat); answers who else has it open",
  params: CasePath,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "The desk's case page calls this when it opens and every `refreshSeconds` (20) while open. The mark counts for `expiresInSeconds` (60) without a refresh, so a closed tab drops out by itself. The answer lists the other staff on the case now, with when their visit began. 404 for an unknown case.",
  responses: { 200: { description: "The caller is marked; the others on the case", body: CasePresence } },
  problems: [404],
} as const satisfies RouteDefinition;
