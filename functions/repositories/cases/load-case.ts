import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "#domain/errors";
import { CaseRecord } from "../case-records";
import { keys, withoutKeys } from "../keys";
import type { CaseTable } from "./table";

export async function loadCase(
  { db, tableName }: CaseTable,
  caseNumber: string,
): Promise<CaseRecord | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.case(caseNumber), ConsistentRead: true }),
  );
  return Item ? CaseRecord.parse(withoutKeys(Item)) : undefined;
}

/** The case, if it is the customer's: another customer's case is refused exactly like a missing one. */
export async function loadCustomersCase(
  table: CaseTable,
  caseNumber: string,
  customerId: string,
): Promise<CaseRecord> {
  const found = await loadCase(table, caseNumber);
  if (!found || found.customerId !== customerId) {
    throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
  }
  return found;
}

/** The case, for staff and the workflow: any case. */
export async function loadExistingCase(table: CaseTable, caseNumber: string): Promise<CaseRecord> {
  const found = await loadCase(table, caseNumber);
  if (!found) throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
  return found;
}
