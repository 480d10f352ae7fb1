import type { AgentAction } from "#domain/support-case";
import type { CaseRecord } from "./case-records";

/**
 * A customer's note goes on the timeline after a follow-up the workflow claimed before the note
 * was written, even when the note's request started first.
 */
export function afterLastFollowUp(now: string, lastFollowUpAt: string | undefined): string {
  if (!lastFollowUpAt || lastFollowUpAt < now) return now;
  return new Date(Date.parse(lastFollowUpAt) + 1).toISOString();
}

/** Which case fields an agent action sets, and what its timeline event says. */
export function agentActionEffects(
  action: AgentAction,
  current: CaseRecord,
): { fields: Record<string, string>; message?: string; change?: Record<string, string> } {
  switch (action.action) {
    case "assign":
      return { fields: { assigneeId: action.assigneeId }, change: { assigneeId: action.assigneeId } };
    case "change-severity":
      return {
        fields: { severity: action.severity },
        message: action.reason,
        change: { from: current.severity, to: action.severity },
      };
    case "resolve":
      return { fields: { resolution: action.resolution }, message: action.resolution };
    case "internal-note":
      return { fields: {}, message: action.message };
    case "reopen":
      // Back in the queue (the status is open again), where its first-response due time puts it.
      return { fields: {}, message: action.reason };
  }
}
