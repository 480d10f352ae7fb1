import { randomUUID } from "node:crypto";
import { agentActionEffects } from "#domain/case-changes";
import { assertCurrentView } from "#domain/case-version";
import { FOLLOW_UP_ATTRIBUTES as A } from "#domain/follow-up-protocol";
import { type AgentAction, isInternalAction, statusAfterAgentAction } from "#domain/support-case";
import { loadExistingCase } from "./load-case";
import type { CaseTable } from "./table";
import { updateCaseWithEvent, withOptimisticRetry } from "./update-case-with-event";

/**
 * An agent-desk action and its timeline event, together. Leaving `awaiting_customer` (a
 * resolution) removes awaitingReplyId, so the follow-up stops exactly as for a customer note.
 */
export async function applyAgentAction(
  table: CaseTable,
  caseNumber: string,
  agentId: string,
  action: AgentAction,
  now: string,
  seenVersion?: number,
) {
  return withOptimisticRetry(caseNumber, async () => {
    const current = await loadExistingCase(table, caseNumber);
    assertCurrentView(caseNumber, seenVersion, current.version);
    const statusAfter = statusAfterAgentAction(caseNumber, current.status, action);
    const { fields, message, change } = agentActionEffects(action, current);
    const leavesWaiting = current.status === "awaiting_customer" && statusAfter !== "awaiting_customer";
    return updateCaseWithEvent(table, {
      current,
      event: {
        eventId: randomUUID(),
        caseNumber,
        type: action.action,
        at: now,
        actorId: agentId,
        statusAfter,
        visibility: isInternalAction(action) ? "internal" : "public",
        ...(message ? { message } : {}),
        ...(change ? { change } : {}),
      },
      condition: "#status = :seenStatus AND replyCount = :seenReplies",
      set: [
        "#status = :statusAfter",
        "updatedAt = :now",
        ...Object.keys(fields).map((name) => `${name} = :${name}`),
      ],
      remove: leavesWaiting ? [A.awaitingReplyId] : [],
      values: {
        ":seenStatus": current.status,
        ":seenReplies": current.replyCount,
        ":statusAfter": statusAfter,
        ":now": now,
        ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])),
      },
    });
  });
}
