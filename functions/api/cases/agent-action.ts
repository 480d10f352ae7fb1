import { applyAgentAction } from "#repositories/cases/apply-agent-action";
import { apiHandler } from "#shared/http";
import { agentActionRoute } from "../routes/agent-action";
import { caseTable } from "./case-store";
import { staffEventView } from "./case-views";
import { refusingStaleView } from "./stale-view";

/** The agent desk's actions on one case; each is recorded on the timeline with who and why. */
export const handler = apiHandler(
  agentActionRoute,
  async ({ path: { number }, body: action, headers }, caller) => {
    const recorded = await refusingStaleView(number, () =>
      applyAgentAction(caseTable, number, caller.id, action, new Date().toISOString(), headers["if-match"]),
    );
    return { status: 200, body: staffEventView(recorded) };
  },
);
