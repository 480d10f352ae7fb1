import { firstResponseState } from "#domain/first-response";
import { isOpen } from "#domain/support-case";
import type { AttachmentRecord } from "#repositories/attachment-repository";
import type { CaseEvent, CaseRecord } from "#repositories/case-records";
import { type Caller, isStaff } from "#shared/caller";
import { allowListed } from "../views";

/**
 * What a customer sees of their case. Never: who opened or is assigned it, the follow-up
 * workflow's bookkeeping and failures, or their own internal id.
 */
const CUSTOMER_CASE_FIELDS = [
  "caseNumber",
  "status",
  "topic",
  "serial",
  "plan",
  "consumedCredit",
  "severity",
  "subject",
  "description",
  "problem",
  "environment",
  "contact",
  "channel",
  "preferredContact",
  "phone",
  "language",
  "customerEmail",
  "firstResponseTargets",
  "firstResponseDueAt",
  "firstResponseRule",
  "firstResponseAt",
  "latestSupportReply",
  "resolution",
  "rating",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof CaseRecord)[];

/** What a customer sees of a (public) timeline entry: who wrote it as a side, not as an id. */
const CUSTOMER_EVENT_FIELDS = [
  "eventId",
  "caseNumber",
  "type",
  "at",
  "message",
  "statusAfter",
  "change",
] as const satisfies readonly (keyof CaseEvent)[];

const CUSTOMER_ATTACHMENT_FIELDS = [
  "attachmentId",
  "caseNumber",
  "fileName",
  "contentType",
  "sizeBytes",
  "addedAt",
] as const satisfies readonly (keyof AttachmentRecord)[];

/** What every view adds to a case: whether it is open (the domain's one definition) and its first-response state now. */
function derived(record: CaseRecord) {
  const firstResponse = firstResponseState({
    dueAt: record.firstResponseDueAt ? new Date(record.firstResponseDueAt) : undefined,
    firstResponseAt: record.firstResponseAt ? new Date(record.firstResponseAt) : undefined,
    now: new Date(),
  });
  return { open: isOpen(record.status), firstResponse };
}

/** The ETag of a case: its version, quoted (what `If-Match` sends back). */
export function caseETag(version: number): string {
  return `"${version}"`;
}

/** Staff see the whole case. */
export function caseViewFor(caller: Caller, record: CaseRecord) {
  const fields = isStaff(caller) ? record : allowListed(record, CUSTOMER_CASE_FIELDS);
  return { ...fields, ...derived(record) };
}

/** Whether the case's customer or support (an agent, the follow-up workflow) acted. */
const authorOf = (actorId: string, customerId: string) => (actorId === customerId ? "customer" : "support");

/** Staff see each entry whole, but for the e-mail details of support replies (address, language, greeting). */
export function staffEventView(event: CaseEvent) {
  const { customerEmail: _email, language: _language, customerName: _name, ...view } = event;
  return view;
}

export function customerEventView(event: CaseEvent, customerId: string) {
  return { ...allowListed(event, CUSTOMER_EVENT_FIELDS), author: authorOf(event.actorId, customerId) };
}

export function eventViewFor(caller: Caller, event: CaseEvent, customerId: string) {
  return isStaff(caller) ? staffEventView(event) : customerEventView(event, customerId);
}

/** An attachment as listed, without where it is stored (the download link stands for it). */
export function attachmentViewFor(caller: Caller, attachment: AttachmentRecord, customerId: string) {
  const author = authorOf(attachment.addedBy, customerId);
  if (isStaff(caller)) {
    const { fileKey: _key, ...view } = attachment;
    return { ...view, author };
  }
  return { ...allowListed(attachment, CUSTOMER_ATTACHMENT_FIELDS), author };
}
