import { randomUUID } from "node:crypto";
import { afterLastFollowUp } from "#domain/case-changes";
import { FOLLOW_UP_ATTRIBUTES as A } from "#domain/follow-up-protocol";
import { type CaseStatus, statusAfterCustomerNote } from "#domain/support-case";
import type { CaseEvent } from "../case-records";
import { loadCustomersCase } from "./load-case";
import type { CaseTable } from "./table";
import { type CaseChange, updateCaseWithEvent, withOptimisticRetry } from "./update-case-with-event";

/**
 * The customer answers: "Resolved" closes the case, anything else hands it back to
 * support. Removing awaitingReplyId is what makes every pending follow-up claim fail.
 * `alongside` commits with the note or not at all (see updateCaseWithEvent).
 */
export async function recordCustomerNote(
  table: CaseTable,
  caseNumber: string,
  customerId: string,
  message: string,
  now: string,
  alongside?: CaseChange["alongside"],
): Promise<CaseEvent> {
  return withOptimisticRetry(caseNumber, async () => {
    const current = await loadCustomersCase(table, caseNumber, customerId);
    const statusAfter: CaseStatus = statusAfterCustomerNote(message);
    const note = {
      eventId: randomUUID(),
      caseNumber,
      type: "customer-note",
      at: afterLastFollowUp(now, current.lastFollowUpAt),
      actorId: customerId,
      message,
      statusAfter,
    } satisfies CaseEvent;
    return updateCaseWithEvent(table, {
      event: note,
      current,
      // followUpsSent too: a follow-up claimed meanwhile re-reads, so the note lists after it.
      condition: `#status = :seenStatus AND replyCount = :seenReplies AND ${A.followUpsSent} = :seenFollowUps`,
      // A note on a closed case reopens it (unless it says "Resolved"), so it rejoins the queue.
      set: ["#status = :statusAfter", "updatedAt = :now"],
      remove: [A.awaitingReplyId],
      values: {
        ":seenStatus": current.status,
        ":seenReplies": current.replyCount,
        ":seenFollowUps": current.followUpsSent,
        ":statusAfter": statusAfter,
        ":now": now,
      },
      alongside,
    });
  });
}
