import { CaseEvent, CaseRecord } from "../case-records";
import { type ItemQuery, queryAllItems } from "../item-queries";
import { keys, withoutKeys } from "../keys";
import type { CaseReads } from "./table";

/** The one consistent Query over the case's partition that reads the case item and its events. */
export function caseWithEventsQuery(tableName: string, caseNumber: string): ItemQuery {
  const { pk, skFrom, skTo } = keys.caseWithEvents(caseNumber);
  return {
    TableName: tableName,
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": pk, ":from": skFrom, ":to": skTo },
    ConsistentRead: true,
  };
}

/**
 * The case and its timeline (oldest first) in one consistent Query over the case's partition:
 * one request instead of a GetItem and a Query, and both read at the same moment. Undefined
 * when there is no such case.
 */
export async function loadCaseWithEvents(
  { client, tableName }: CaseReads,
  caseNumber: string,
): Promise<{ record: CaseRecord; events: CaseEvent[] } | undefined> {
  const items = await queryAllItems(client, caseWithEventsQuery(tableName, caseNumber));
  const [first, ...rest] = items;
  if (first?.sk !== keys.case(caseNumber).sk) return undefined;
  return {
    record: CaseRecord.parse(withoutKeys(first)),
    events: rest.map((item) => CaseEvent.parse(withoutKeys(item))),
  };
}
