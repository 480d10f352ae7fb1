import type { CaseEvent, CaseRecord } from "#repositories/case-records";

/** What a client sees of a case: everything but the owner's internal id. */
export function caseView(record: CaseRecord) {
  const { customerId: _owner, ...view } = record;
  return view;
}

/** What a client sees of a timeline entry: routing details for e-mail stay internal. */
export function eventView(event: CaseEvent) {
  const { customerEmail: _email, language: _language, ...view } = event;
  return view;
}
