import { CaseEvent } from "../case-records";
import { keys, withoutKeys } from "../keys";
import { queryAllByPrefix } from "../queries";
import type { CaseTable } from "./table";

/** A case's timeline, oldest first. */
export async function listCaseEvents({ db, tableName }: CaseTable, caseNumber: string): Promise<CaseEvent[]> {
  const items = await queryAllByPrefix(db, tableName, keys.caseEventsOf(caseNumber));
  return items.map((item) => CaseEvent.parse(withoutKeys(item)));
}
