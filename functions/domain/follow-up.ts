/**
 * The follow-up sequence after a support reply that gets no answer (DOMAIN.md section 5):
 * 3 days after the reply, 3 days after that, then 4 days after that. The state machine's
 * Wait states must match this schedule (a test reads the ASL and checks it).
 */
import { SECONDS_PER_DAY } from "./follow-up-protocol";

export const FOLLOW_UP_GAPS_IN_DAYS = [3, 3, 4] as const;

/** Days after the reply on which each follow-up is due: 3, 6 and 10. */
export function followUpDays(): number[] {
  let total = 0;
  return FOLLOW_UP_GAPS_IN_DAYS.map((gap) => {
    total += gap;
    return total;
  });
}

/** The follow-ups by number, one per gap: which one an e-mail is ("the third and last"). */
export const FOLLOW_UP_STEPS = [1, 2, 3] as const satisfies readonly number[] & {
  length: (typeof FOLLOW_UP_GAPS_IN_DAYS)["length"];
};

export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

/** Where a case's latest follow-up sequence stands, as the case item records it. */
export type FollowUpProgress =
  | "none"
  | "reply-sent"
  | "waiting-for-follow-up"
  | "done"
  | "stopped"
  | "failed";

export interface FollowUpFacts {
  status: string;
  replyCount: number;
  awaitingReplyId?: string | undefined;
  followUpsSent: number;
  latestSupportReply?: { at: string } | undefined;
  followUpFailure?: { replyId: string } | undefined;
}

export interface FollowUpState {
  step: FollowUpProgress;
  running: boolean;
  /** The support reply the sequence is about (the latest). */
  replyId?: string;
  repliedAt?: string;
  followUpsSent: number;
  /** While running: which follow-up comes next (1-3), and when it is due. */
  nextFollowUp?: number;
  nextEmailAt?: string;
}

/**
 * The follow-up state from the case alone: the state machine's claims write followUpsSent on the
 * case, and every change that stops the sequence removes awaitingReplyId, so the case says what
 * the execution does without asking Step Functions. Due times count whole days from the reply
 * (3, 6 and 10), as the Wait states do.
 */
export function followUpState(facts: FollowUpFacts, daySeconds = SECONDS_PER_DAY): FollowUpState {
  if (facts.replyCount === 0) return { step: "none", running: false, followUpsSent: 0 };
  const replyId = facts.awaitingReplyId ?? String(facts.replyCount);
  const repliedAt = facts.latestSupportReply?.at;
  const base = { replyId, ...(repliedAt ? { repliedAt } : {}), followUpsSent: facts.followUpsSent };
  if (facts.followUpFailure?.replyId === replyId) return { ...base, step: "failed", running: false };
  if (facts.status === "no_customer_response") return { ...base, step: "done", running: false };
  if (facts.status !== "awaiting_customer" || !facts.awaitingReplyId)
    return { ...base, step: "stopped", running: false };
  const dueDay = followUpDays()[facts.followUpsSent];
  if (dueDay === undefined) return { ...base, step: "done", running: true };
  return {
    ...base,
    step: facts.followUpsSent === 0 ? "reply-sent" : "waiting-for-follow-up",
    running: true,
    nextFollowUp: facts.followUpsSent + 1,
    ...(repliedAt
      ? { nextEmailAt: new Date(Date.parse(repliedAt) + dueDay * daySeconds * 1000).toISOString() }
      : {}),
  };
}
