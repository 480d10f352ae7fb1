import { DomainError } from "./errors";

/**
 * Whose turn it is on a case. `awaiting_customer` is the only status in which follow-ups run;
 * `no_customer_response` is set by the follow-up workflow after its third e-mail.
 */
export const CASE_STATUSES = [
  "awaiting_support",
  "awaiting_customer",
  "no_customer_response",
  "resolved",
  "withdrawn",
] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The one definition of an open case: support or the customer still owes an answer. Every view,
 * the agent queue (a sparse index written from this) and the portal's filters use it.
 * `no_customer_response` is closed: after three unanswered follow-ups support has done its part,
 * so the case leaves the queue (no first-response or reply is due from anyone) and the portal
 * files it with the closed ones. It is not resolved: a note from the customer, by portal or
 * e-mail, reopens it, and so can an agent.
 */
export function isOpen(status: CaseStatus): boolean {
  return status === "awaiting_support" || status === "awaiting_customer";
}

export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isOpen);
export const CLOSED_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((status) => !isOpen(status));

/** Replies that, on their own, tell us the problem is solved (DOMAIN.md section 5). */
const RESOLUTION_REPLIES = new Set(["resolved", "已解决"]);

export function isResolutionReply(text: string): boolean {
  const normalised = text
    .trim()
    .replace(/[.!。！]+$/u, "")
    .trim()
    .toLowerCase();
  return RESOLUTION_REPLIES.has(normalised);
}

/** A customer's note either resolves the case or hands it back to support. */
export function statusAfterCustomerNote(text: string): CaseStatus {
  return isResolutionReply(text) ? "resolved" : "awaiting_support";
}

/** Support can answer any case that is not resolved; a resolved case must be reopened first. */
export function assertSupportCanReply(caseNumber: string, status: CaseStatus): void {
  if (status === "resolved" || status === "withdrawn") {
    throw new DomainError("case-resolved", `Case ${caseNumber} is ${status}; reopen it before replying.`);
  }
}

/** The customer may take a case back until support has answered it (a used credit is returned). */
export function assertWithdrawable(caseNumber: string, status: CaseStatus, replyCount: number): void {
  if (status !== "awaiting_support" || replyCount > 0) {
    throw new DomainError(
      "case-not-withdrawable",
      `Case ${caseNumber} was already answered or closed; add a note or reply 'Resolved' instead.`,
    );
  }
}

/** What an agent can do to a case besides replying (the agent desk). */
export type AgentAction =
  | { action: "assign"; assigneeId: string }
  | { action: "change-severity"; severity: "A" | "B" | "C" | "D"; reason: string }
  | { action: "internal-note"; message: string }
  | { action: "resolve"; resolution: string }
  | { action: "reopen"; reason: string };

/** The status an action leaves the case in, or a refusal when the case is not in a state for it. */
export function statusAfterAgentAction(
  caseNumber: string,
  status: CaseStatus,
  action: AgentAction,
): CaseStatus {
  if (action.action === "resolve") {
    if (status === "resolved" || status === "withdrawn") {
      throw new DomainError("case-resolved", `Case ${caseNumber} is already ${status}.`);
    }
    return "resolved";
  }
  if (action.action === "reopen") {
    if (isOpen(status)) throw new DomainError("case-not-closed", `Case ${caseNumber} is open already.`);
    return "awaiting_support";
  }
  return status;
}

/** Internal notes and assignments are for staff only; everything else shows on the customer's timeline. */
export function isInternalAction(action: AgentAction): boolean {
  return action.action === "internal-note" || action.action === "assign";
}
