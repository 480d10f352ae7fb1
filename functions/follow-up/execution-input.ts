import { followUpExecutionName } from "#domain/follow-up";
import { formatCalendarDate } from "#domain/language";
import { REPLY_BODY } from "#email/templates";
import { writtenTextData } from "#email/written-text";
import type { CaseEvent } from "#repositories/case-records";
import { typedCaseKey } from "#repositories/keys";

export interface FollowUpSettings {
  vendorName: string;
  /** The support center's time zone: the date a customer is told their reply was sent on. */
  timeZone: string;
  /** The case's own reply address, so an answer by e-mail threads into the case. */
  replyAddress: (caseNumber: string) => string;
}

export type SupportReply = Required<
  Pick<CaseEvent, "caseNumber" | "replyId" | "at" | "customerEmail" | "language">
> &
  Pick<CaseEvent, "message">;

/**
 * The input of one follow-up execution (DESIGN.md, the follow-up contract). E-mail data is
 * prepared here as JSON strings because SES takes TemplateData as a string.
 */
export function followUpExecution(reply: SupportReply, settings: FollowUpSettings) {
  const common = {
    vendorName: settings.vendorName,
    caseNumber: reply.caseNumber,
    replyDate: formatCalendarDate(reply.at, reply.language, settings.timeZone),
  };
  return {
    name: followUpExecutionName(reply.caseNumber, reply.replyId),
    input: {
      caseNumber: reply.caseNumber,
      replyId: reply.replyId,
      repliedAt: reply.at,
      customerEmail: reply.customerEmail,
      replyTo: settings.replyAddress(reply.caseNumber),
      language: reply.language,
      caseKey: typedCaseKey(reply.caseNumber),
      email: {
        replyData: JSON.stringify({ ...common, ...writtenTextData(REPLY_BODY.written, reply.message ?? "") }),
        followUpData: JSON.stringify(common),
      },
    },
  };
}
