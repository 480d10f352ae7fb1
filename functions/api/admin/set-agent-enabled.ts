import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { setAgentEnabledRoute } from "../routes/set-agent-enabled";
import { AGENT_GROUP, staff } from "./staff-store";

/** Disables (no sign-in, signed out everywhere) or enables a support engineer; only agents, never customers. */
export const handler = apiHandler(setAgentEnabledRoute, async ({ path: { agentId }, body: { enabled } }) => {
  const groups = await staff.groupsOf(agentId);
  if (!groups?.includes(AGENT_GROUP)) throw problems.notFound(`There is no support engineer ${agentId}.`);
  if (enabled) await staff.enable(agentId);
  else await staff.disable(agentId);
  return { status: 200, body: { id: agentId, enabled } };
});
