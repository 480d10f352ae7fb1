/**
 * The follow-up protocol: what the case item, the follow-up state machine
 * (statemachines/case-follow-up.asl.json), the stream consumer, the local endpoint and the tools
 * agree on. The ASL stays plain JSON and spells these names out; test/unit/follow-up-protocol.test.ts
 * holds its claims to the names here.
 */
import type { CaseStatus } from "./support-case";

/**
 * The case attributes follow-ups coordinate through. A support reply sets `awaitingReplyId` and
 * zeroes `followUpsSent`; each claim raises `followUpsSent` (and `version`) and stamps
 * `lastFollowUpAt`, on condition that the case still waits on the customer for that reply with
 * that count; whatever ends the wait removes `awaitingReplyId`, so every later claim fails.
 */
export const FOLLOW_UP_ATTRIBUTES = {
  status: "status",
  /** The support reply the follow-ups are about, while the case waits on the customer for it. */
  awaitingReplyId: "awaitingReplyId",
  /** How many follow-ups of that reply were claimed (0-3). */
  followUpsSent: "followUpsSent",
  /** When the latest one was claimed: a customer's note is timed after it. */
  lastFollowUpAt: "lastFollowUpAt",
  /** An e-mail of the sequence that could not be sent, with its reply. */
  followUpFailure: "followUpFailure",
  updatedAt: "updatedAt",
  version: "version",
} as const;

const A = FOLLOW_UP_ATTRIBUTES;

/**
 * One claim, right before each follow-up is e-mailed and before the case is marked
 * no_customer_response: an update of the case on condition of `condition` (it waits on the
 * customer, `awaitingStatus`, for this reply, with the previous count) that sets `sets`.
 */
export const FOLLOW_UP_CLAIM = {
  awaitingStatus: "awaiting_customer" satisfies CaseStatus,
  condition: [A.status, A.awaitingReplyId, A.followUpsSent],
  sets: [A.followUpsSent, A.lastFollowUpAt, A.updatedAt, A.version],
} as const;

/** The ASL's Wait states are in seconds; the schedule is in days. */
export const SECONDS_PER_DAY = 86_400;

/** The start of every follow-up execution name of a case: what tools and test faults select by. */
export function followUpExecutionPrefix(caseNumber: string): string {
  return `case-${caseNumber}-`;
}

/** One execution per support reply, named so that a retried start finds the same execution. */
export function followUpExecutionName(caseNumber: string, replyId: string): string {
  return `${followUpExecutionPrefix(caseNumber)}reply-${replyId}`;
}

const EXECUTION_NAME = /^case-(\d{8})-reply-(.+)$/;

/** The case and reply a follow-up execution belongs to, from its name; undefined for any other name. */
export function parseFollowUpExecutionName(
  name: string,
): { caseNumber: string; replyId: string } | undefined {
  const match = EXECUTION_NAME.exec(name);
  return match?.[1] && match[2] ? { caseNumber: match[1], replyId: match[2] } : undefined;
}

/** The ARN of a case's follow-up execution: the state machine's, with `execution` and the name. */
export function followUpExecutionArn(stateMachineArn: string, executionName: string): string {
  return `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${executionName}`;
}
