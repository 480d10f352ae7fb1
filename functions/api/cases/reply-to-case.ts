import { firstResponseState } from "#domain/first-response";
import { recordSupportReply } from "#repositories/cases/record-support-reply";
import { apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { replyToCaseRoute } from "../routes/reply-to-case";
import { idempotent } from "./case-idempotency";
import { caseTable } from "./case-store";
import { staffEventView } from "./case-views";
import { profiles } from "./profile-store";
import { refusingStaleView } from "./stale-view";

/** The reply's e-mails greet the customer by the name their profile has now. */
async function customerNameOf(customerId: string) {
  const profile = await profiles.load(customerId);
  return profile ? { firstName: profile.firstName, lastName: profile.lastName } : undefined;
}

export const handler = apiHandler(
  replyToCaseRoute,
  async ({ path: { number }, body: { message }, headers }, caller) => {
    const { reply, caseBefore } = await refusingStaleView(number, () =>
      recordSupportReply(
        caseTable,
        number,
        caller.id,
        message,
        new Date().toISOString(),
        customerNameOf,
        headers["if-match"],
      ),
    );
    // This reply is the first response, and it came late: count the breach.
    if (!caseBefore.firstResponseAt && caseBefore.firstResponseDueAt) {
      const answeredAt = new Date(reply.at);
      const state = firstResponseState({
        dueAt: new Date(caseBefore.firstResponseDueAt),
        firstResponseAt: answeredAt,
        now: answeredAt,
      });
      if (state.breached) countBusinessEvent("firstResponseBreaches", { plan: caseBefore.plan });
    }
    countBusinessEvent("supportReplies", {});
    return { status: 201, body: staffEventView(reply) };
  },
  { use: [idempotent] },
);
