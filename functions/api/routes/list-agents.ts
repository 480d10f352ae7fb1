import { AgentPage } from "../responses/desk";
import { PageQuery } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const listAgentsRoute = {
  method: "GET",
  path: "/admin/agents",
  // Agents read it too: the desk assigns a case to a named engineer. Changing one stays admin-only.
  groups: STAFF,
  entry: "functions/api/admin/list-agents.ts",
  summary: "The support engineers' accounts, whether each may sign in (cursor pagination)",
  query: PageQuery,
  needs: { identity: ["cognito-idp:ListUsersInGroup"] },
  tags: ["admin"],
  description:
    "The accounts of the agent group as the user pool has them (agents read it to assign a case to someone; only admins change an account): id, e-mail, names, whether enabled, and the account status (`FORCE_CHANGE_PASSWORD` until the first sign-in). A page at a time (`limit` 1-100, at most 60 a page as Cognito allows; pass `nextCursor` back as `cursor`).",
  responses: { 200: { description: "A page of support engineers", body: AgentPage } },
  example: { query: { limit: "20" } },
} as const satisfies RouteDefinition;
