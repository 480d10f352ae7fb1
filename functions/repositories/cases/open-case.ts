import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import type { CaseTopic } from "#domain/case-topics";
import { noCreditsLeft, notEntitled } from "#domain/entitlement";
import type { Language } from "#domain/language";
import { PLANS, type PlanId } from "#domain/plans";
import type { Severity } from "#domain/severity";
import { isOpen } from "#domain/support-case";
import type { CaseEvent, CaseRecord } from "../case-records";
import { caseEventItem } from "../case-timeline";
import { keys } from "../keys";
import { isConditionFailure } from "../queries";
import { creditChange } from "./credit-change";
import { nextCaseNumber } from "./next-case-number";
import type { CaseTable } from "./table";

export interface NewCase {
  customerId: string;
  customerEmail: string;
  language: Language;
  serial?: string;
  topic: CaseTopic;
  plan: PlanId;
  /** The intake spends one single-incident credit of the serial's license, in the same transaction. */
  consumedCredit: boolean;
  severity: Severity;
  subject: string;
  description: string;
  problem?: Record<string, string>;
  environment?: Record<string, string>;
  contact?: Record<string, unknown>;
  channel: "web" | "email" | "chat" | "phone";
  openedBy: string;
  firstResponseDueAt?: string;
  firstResponseRule?: string;
  /** Set at intake for chat and phone: they count as answered at once. */
  firstResponseAt?: string;
  preferredContact: "email" | "phone";
  phone?: string;
}

/** Numbers come from an atomic counter; the case and its first event are written together. */
export async function openCase(table: CaseTable, input: NewCase, now: string): Promise<CaseRecord> {
  const { db, tableName } = table;
  const caseNumber = await nextCaseNumber(table);
  const record: CaseRecord = {
    ...input,
    firstResponseTargets: PLANS[input.plan].firstResponse,
    caseNumber,
    status: "awaiting_support",
    replyCount: 0,
    followUpsSent: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const opened: CaseEvent = {
    eventId: randomUUID(),
    caseNumber,
    type: "case-opened",
    at: now,
    actorId: input.openedBy,
    statusAfter: "awaiting_support",
    version: 1,
  };
  const spendCredit =
    input.consumedCredit && input.serial ? [creditChange(tableName, input.serial, input.customerId, -1)] : [];
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.case(caseNumber),
                ...keys.customerCase(input.customerId, caseNumber),
                ...(isOpen(record.status) ? keys.queueEntry(record.firstResponseDueAt, caseNumber) : {}),
                ...record,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          { Put: { TableName: tableName, Item: caseEventItem(opened) } },
          ...spendCredit,
        ],
      }),
    );
  } catch (error) {
    // Only the credit can fail here: another intake spent the last one meanwhile.
    if (spendCredit.length > 0 && isConditionFailure(error)) {
      throw notEntitled(noCreditsLeft());
    }
    throw error;
  }
  return record;
}
