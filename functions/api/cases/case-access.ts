import type { CaseRecord } from "#repositories/case-records";
import { loadCase } from "#repositories/cases/load-case";
import type { Caller } from "#shared/caller";
import { problems } from "#shared/problem";
import { caseTable } from "./case-store";
import { mayRead } from "./case-visibility";

/** The case if the caller may see it. */
export async function visibleCase(caller: Caller, caseNumber: string): Promise<CaseRecord> {
  const found = await loadCase(caseTable, caseNumber);
  if (!mayRead(caller, found)) throw problems.notFound(`There is no case ${caseNumber}.`);
  return found;
}
