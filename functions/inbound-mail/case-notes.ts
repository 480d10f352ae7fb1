import { loadCase } from "#repositories/cases/load-case";
import { recordCustomerNote } from "#repositories/cases/record-customer-note";
import type { CaseTable } from "#repositories/cases/table";
import type { CaseChange } from "#repositories/cases/update-case-with-event";

/**
 * The case operations threading a reply needs (ApplyReplyDeps but the clock), on one table.
 * `alongside` gives the item a case's note commits with (the message's idempotency record).
 */
export function caseNotes(table: CaseTable, alongside?: (caseNumber: string) => CaseChange["alongside"]) {
  return {
    loadCase: (caseNumber: string) => loadCase(table, caseNumber),
    recordCustomerNote: (caseNumber: string, customerId: string, message: string, now: string) =>
      recordCustomerNote(table, caseNumber, customerId, message, now, alongside?.(caseNumber)),
  };
}
