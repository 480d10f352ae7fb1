import type { CaseEvent, CaseRecord } from "#repositories/case-records";
import { loadCase } from "#repositories/cases/load-case";
import { loadCaseWithEvents } from "#repositories/cases/load-case-with-events";
import { type Caller, isStaff } from "#shared/caller";
import { problems } from "#shared/problem";
import { caseTable } from "./case-store";

/** Another customer's case answers exactly like a missing one. */
function mayRead(caller: Caller, found: CaseRecord | undefined): found is CaseRecord {
  return found !== undefined && (isStaff(caller) || found.customerId === caller.id);
}

/** The case if the caller may see it. */
export async function visibleCase(caller: Caller, caseNumber: string): Promise<CaseRecord> {
  const found = await loadCase(caseTable, caseNumber);
  if (!mayRead(caller, found)) throw problems.notFound(`There is no case ${caseNumber}.`);
  return found;
}

/**
 * The case and its timeline if the caller may see it, in one read. Staff see the whole
 * timeline; customers never see internal notes or assignments.
 */
export async function visibleCaseWithEvents(
  caller: Caller,
  caseNumber: string,
): Promise<{ record: CaseRecord; events: CaseEvent[] }> {
  const found = await loadCaseWithEvents(caseTable, caseNumber);
  if (!mayRead(caller, found?.record)) throw problems.notFound(`There is no case ${caseNumber}.`);
  const { record, events } = found;
  return {
    record,
    events: isStaff(caller) ? events : events.filter((event) => event.visibility !== "internal"),
  };
}
