/**
 * The follow-up sequence after a support reply that gets no answer (DOMAIN.md section 5):
 * 3 days after the reply, 3 days after that, then 4 days after that. The state machine's
 * Wait states must match this schedule (a test reads the ASL and checks it).
 */
export const FOLLOW_UP_GAPS_IN_DAYS = [3, 3, 4] as const;

export const SECONDS_PER_DAY = 86_400;

/** Days after the reply on which each follow-up is due: 3, 6 and 10. */
export function followUpDays(): number[] {
  let total = 0;
  return FOLLOW_UP_GAPS_IN_DAYS.map((gap) => {
    total += gap;
    return total;
  });
}

/** One execution per support reply, named so that a retried start finds the same execution. */
export function followUpExecutionName(caseNumber: string, replyId: string): string {
  return `case-${caseNumber}-reply-${replyId}`;
}

/** The follow-ups by number, one per gap: which one an e-mail is ("the third and last"). */
export const FOLLOW_UP_STEPS = [1, 2, 3] as const satisfies readonly number[] & {
  length: (typeof FOLLOW_UP_GAPS_IN_DAYS)["length"];
};

export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];

const EXECUTION_NAME = /^case-(\d{8})-reply-(.+)$/;

/** The case and reply a follow-up execution belongs to, from its name; undefined for any other name. */
export function parseFollowUpExecutionName(
  name: string,
): { caseNumber: string; replyId: string } | undefined {
  const match = EXECUTION_NAME.exec(name);
  return match?.[1] && match[2] ? { caseNumber: match[1], replyId: match[2] } : undefined;
}
