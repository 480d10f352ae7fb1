import { loadCase } from "#repositories/cases/load-case";
import { recordCustomerNote } from "#repositories/cases/record-customer-note";
import type { CaseTable } from "#repositories/cases/table";

/** The case operations threading a reply needs (ApplyReplyDeps but the clock), on one table. */
export function caseNotes(table: CaseTable) {
  return {
    loadCase: (caseNumber: string) => loadCase(table, caseNumber),
    recordCustomerNote: (caseNumber: string, customerId: string, message: string, now: string) =>
      recordCustomerNote(table, caseNumber, customerId, message, now),
  };
}
