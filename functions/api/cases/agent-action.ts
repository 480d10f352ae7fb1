import { apiHandler } from "#shared/http";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { AgentActionRequest, CasePath } from "../schemas";
import { cases } from "./case-store";
import { staffEventView } from "./case-views";

/** The agent desk's actions on one case; each is recorded on the timeline with who and why. */
export const handler = apiHandler(ROUTES.agentAction, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const action = parseJsonBody(event, AgentActionRequest);
  const recorded = await cases.applyAgentAction(number, caller.id, action, new Date().toISOString());
  return { status: 200, body: staffEventView(recorded) };
});
