import { AgentEnabledRequest, AgentPath } from "../desk-schemas";
import { AgentEnabled } from "../responses/desk";
import type { RouteDefinition } from "./route-definition";

export const setAgentEnabledRoute = {
  method: "PATCH",
  path: "/admin/agents/{agentId}",
  groups: ["admin"],
  entry: "functions/api/admin/set-agent-enabled.ts",
  summary: "Disable a support engineer (no sign-in, signed out everywhere) or enable them again",
  params: AgentPath,
  body: AgentEnabledRequest,
  needs: {
    identity: [
      "cognito-idp:AdminListGroupsForUser",
      "cognito-idp:AdminDisableUser",
      "cognito-idp:AdminEnableUser",
      "cognito-idp:AdminUserGlobalSignOut",
    ],
  },
  tags: ["admin"],
  description:
    "`enabled: false` disables the account: it cannot sign in, and every refresh token is revoked (ID tokens already issued lapse within 15 minutes). `enabled: true` lets it sign in again. Only accounts of the agent group: anyone else is 404, like an unknown id.",
  responses: { 200: { description: "The account's state now", body: AgentEnabled } },
  problems: [404],
  example: { body: { enabled: false } },
} as const satisfies RouteDefinition;
