import type { Severity } from "./severity";
import type { AgentAction } from "./support-case";

/**
 * A customer's note goes on the timeline after a follow-up the workflow claimed before the note
 * was written, even when the note's request started first.
 */
export function afterLastFollowUp(now: string, lastFollowUpAt: string | undefined): string {
  if (!lastFollowUpAt || lastFollowUpAt < now) return now;
  return new Date(Date.parse(lastFollowUpAt) + 1).toISOString();
}

export interface AgentActionEffects {
  /** The case fields the action sets, by name. */
  fields: Record<string, string>;
  /** What its timeline event says. */
  message?: string;
  /** What changed, e.g. the severity before and after. */
  change?: Record<string, string>;
}

/** Which case fields an agent action sets, and what its timeline event says. */
export function agentActionEffects(action: AgentAction, current: { severity: Severity }): AgentActionEffects {
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
