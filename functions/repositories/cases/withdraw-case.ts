import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "#domain/errors";
import { assertWithdrawable } from "#domain/support-case";
import type { CaseEvent } from "../case-records";
import { caseEventItem } from "../case-timeline";
import { nextVersion } from "../case-versions";
import { keys } from "../keys";
import { isConditionFailure } from "../queries";
import { queueIndexUpdate, updateExpression } from "../queue-index";
import { creditChange } from "./credit-change";
import { loadCustomersCase } from "./load-case";
import type { CaseTable } from "./table";

/** Takes back a case support has not answered; a credit it used returns to the license. */
export async function withdrawCase(
  table: CaseTable,
  caseNumber: string,
  customerId: string,
  now: string,
): Promise<CaseEvent> {
  const { db, tableName } = table;
  const current = await loadCustomersCase(table, caseNumber, customerId);
  assertWithdrawable(caseNumber, current.status, current.replyCount);
  const version = nextVersion(current.version);
  const withdrawn: CaseEvent = {
    eventId: randomUUID(),
    caseNumber,
    type: "case-withdrawn",
    at: now,
    actorId: customerId,
    statusAfter: "withdrawn",
    version: version.version,
  };
  const refund =
    current.consumedCredit && current.serial ? [creditChange(tableName, current.serial, customerId, 1)] : [];
  const queue = queueIndexUpdate(current, "withdrawn");
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.case(caseNumber),
              ConditionExpression: `#status = :awaiting AND replyCount = :zero AND ${version.condition}`,
              UpdateExpression: updateExpression(
                { set: ["#status = :withdrawn", "updatedAt = :now", ...version.set], remove: [] },
                queue,
              ),
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: {
                ":awaiting": "awaiting_support",
                ":zero": 0,
                ":withdrawn": "withdrawn",
                ":now": now,
                ...queue.values,
                ...version.values,
              },
            },
          },
          { Put: { TableName: tableName, Item: caseEventItem(withdrawn) } },
          ...refund,
        ],
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    throw new DomainError("case-not-withdrawable", `Case ${caseNumber} was answered meanwhile.`);
  }
  return withdrawn;
}
