import { firstResponseState } from "#domain/first-response";
import type { CaseEvent, CaseRecord } from "#repositories/case-records";

/** What a client sees of a case: everything but the owner's internal id, with its first-response state now. */
export function caseView(record: CaseRecord) {
  const { customerId: _owner, ...view } = record;
  const state = firstResponseState({
    dueAt: record.firstResponseDueAt ? new Date(record.firstResponseDueAt) : undefined,
    firstResponseAt: record.firstResponseAt ? new Date(record.firstResponseAt) : undefined,
    now: new Date(),
  });
  return { ...view, firstResponse: state };
}

/** What a client sees of a timeline entry: routing details for e-mail stay internal. */
export function eventView(event: CaseEvent) {
  const { customerEmail: _email, language: _language, ...view } = event;
  return view;
}
