import type { CaseEvent, CaseRecord } from "#repositories/case-records";
import { listCaseEvents } from "#repositories/cases/case-events";
import { loadCase } from "#repositories/cases/load-case";
import { type Caller, isStaff } from "#shared/caller";
import { problems } from "#shared/problem";
import { caseTable } from "./case-store";

/** The case if the caller may see it; another customer's case answers exactly like a missing one. */
export async function visibleCase(caller: Caller, caseNumber: string): Promise<CaseRecord> {
  const found = await loadCase(caseTable, caseNumber);
  if (!found || (!isStaff(caller) && found.customerId !== caller.id)) {
    throw problems.notFound(`There is no case ${caseNumber}.`);
  }
  return found;
}

/** Staff see the whole timeline; customers never see internal notes or assignments. */
export async function visibleEvents(caller: Caller, caseNumber: string): Promise<CaseEvent[]> {
  const events = await listCaseEvents(caseTable, caseNumber);
  return isStaff(caller) ? events : events.filter((event) => event.visibility !== "internal");
}
