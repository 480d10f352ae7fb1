import { randomUUID } from "node:crypto";
import { assertCurrentView } from "#domain/case-version";
import { FOLLOW_UP_ATTRIBUTES as A, FOLLOW_UP_CLAIM } from "#domain/follow-up-protocol";
import { assertSupportCanReply } from "#domain/support-case";
import type { CaseEvent } from "../case-records";
import { loadExistingCase } from "./load-case";
import type { CaseTable } from "./table";
import { updateCaseWithEvent, withOptimisticRetry } from "./update-case-with-event";

/**
 * Support answers: the case now waits on the customer for this reply. The reply event
 * carries what the follow-up workflow needs; its arrival on the stream starts it.
 * `customerNameOf` looks up whom its e-mails greet (the profile's name, now). Sent with the
 * version the agent's view showed (`seenVersion`), it is refused once the case moved on.
 */
export async function recordSupportReply(
  table: CaseTable,
  caseNumber: string,
  agentId: string,
  message: string,
  now: string,
  customerNameOf: (customerId: string) => Promise<CaseEvent["customerName"]> = async () => undefined,
  seenVersion?: number,
) {
  return withOptimisticRetry(caseNumber, async () => {
    const current = await loadExistingCase(table, caseNumber);
    assertCurrentView(caseNumber, seenVersion, current.version);
    assertSupportCanReply(caseNumber, current.status);
    const replyId = String(current.replyCount + 1);
    const customerName = await customerNameOf(current.customerId);
    const reply = {
      eventId: randomUUID(),
      caseNumber,
      type: "support-reply",
      at: now,
      actorId: agentId,
      message,
      replyId,
      customerEmail: current.customerEmail,
      language: current.language,
      ...(customerName ? { customerName } : {}),
      statusAfter: "awaiting_customer",
    } satisfies CaseEvent;
    const written = await updateCaseWithEvent(table, {
      event: reply,
      current,
      condition: "replyCount = :seen AND #status = :seenStatus",
      set: [
        "#status = :awaiting",
        `${A.awaitingReplyId} = :replyId`,
        "replyCount = :replyCount",
        `${A.followUpsSent} = :zero`,
        "updatedAt = :now",
        "firstResponseAt = if_not_exists(firstResponseAt, :now)",
        "latestSupportReply = :latest",
      ],
      remove: [A.followUpFailure, A.lastFollowUpAt],
      values: {
        ":seen": current.replyCount,
        ":seenStatus": current.status,
        ":awaiting": FOLLOW_UP_CLAIM.awaitingStatus,
        ":replyId": replyId,
        ":replyCount": current.replyCount + 1,
        ":latest": { at: now, message },
        ":zero": 0,
        ":now": now,
      },
    });
    // The case as the reply found it: whether this reply is the first response, and its due time.
    return { reply: { ...reply, version: written.version }, caseBefore: current };
  });
}
