import type { CaseEvent, CaseRecord } from "#repositories/case-records";
import { loadCaseWithEvents } from "#repositories/cases/load-case-with-events";
import type { CaseReads } from "#repositories/cases/table";
import { type Caller, isStaff } from "#shared/caller";
import { readClient } from "#shared/dynamodb-read-client";
import { problems } from "#shared/problem";
import { TABLE_NAME } from "#shared/table-name";
import { mayRead } from "./case-visibility";

/** The case routes' reads of a case with its timeline: the read client only, no document client. */
const caseReads: CaseReads = { client: readClient, tableName: TABLE_NAME };

/**
 * The case and its timeline if the caller may see it, in one read. Staff see the whole
 * timeline; customers never see internal notes or assignments.
 */
export async function visibleCaseWithEvents(
  caller: Caller,
  caseNumber: string,
): Promise<{ record: CaseRecord; events: CaseEvent[] }> {
  const found = await loadCaseWithEvents(caseReads, caseNumber);
  if (!mayRead(caller, found?.record)) throw problems.notFound(`There is no case ${caseNumber}.`);
  const { record, events } = found;
  return {
    record,
    events: isStaff(caller) ? events : events.filter((event) => event.visibility !== "internal"),
  };
}
