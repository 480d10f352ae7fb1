import { followUpExecutionName } from "#domain/follow-up-protocol";
import { formatCalendarDate } from "#domain/language";
import { greetingName } from "#email/greeting-name";
import { CUSTOMER_NAME_FIELD } from "#email/mail-layout";
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
  /** The case's page in the portal, which every case e-mail links to. */
  caseUrl: (caseNumber: string) => string;
}

export type SupportReply = Required<
  Pick<CaseEvent, "caseNumber" | "replyId" | "at" | "customerEmail" | "language">
> &
  Pick<CaseEvent, "message" | "customerName">;

/**
 * The input of one follow-up execution (DESIGN.md, the follow-up contract). E-mail data is
 * prepared here as JSON strings because SES takes TemplateData as a string; the reply and all
 * three follow-ups share it (each follow-up has its own template, so none needs its number).
 */
export function followUpExecution(reply: SupportReply, settings: FollowUpSettings) {
  const name = greetingName(reply.customerName, reply.language);
  const common = {
    vendorName: settings.vendorName,
    caseNumber: reply.caseNumber,
    replyDate: formatCalendarDate(reply.at, reply.language, settings.timeZone),
    caseUrl: settings.caseUrl(reply.caseNumber),
    // The customer's own writing. No name is an empty one (the neutral greeting), never a
    // missing field: SES fails to render a template whose data lacks one of its fields.
    ...writtenTextData(CUSTOMER_NAME_FIELD, name ?? ""),
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

/** The case page under the portal's base URL (`…/portal/`, with or without its last slash). */
export function casePageUrl(portalUrl: string, caseNumber: string): string {
  return new URL(
    `cases/${encodeURIComponent(caseNumber)}`,
    portalUrl.endsWith("/") ? portalUrl : `${portalUrl}/`,
  ).href;
}
