import { AgentCreated } from "../responses/admin";
import { CreateAgentRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const createAgentRoute = {
  method: "POST",
  path: "/admin/agents",
  groups: ["admin"],
  entry: "functions/api/admin/create-agent.ts",
  summary: "Create a support engineer account; a temporary password is e-mailed",
  body: CreateAgentRequest,
  needs: { table: "write", identity: ["cognito-idp:AdminCreateUser", "cognito-idp:AdminAddUserToGroup"] },
  tags: ["admin"],
  description:
    "Creates a support engineer's account in the agent group. Cognito e-mails a temporary password; the agent's first sign-in answers the new-password challenge. 409 when the address has an account already.",
  responses: { 201: { description: "The agent's account", body: AgentCreated } },
  problems: [409],
  example: { body: { email: "sam@example.com", firstName: "Sam", lastName: "Support" } },
} as const satisfies RouteDefinition;
