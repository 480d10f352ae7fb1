import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { formatCaseNumber } from "#domain/case-number";
import type { CaseTopic } from "#domain/case-topics";
import { noCreditsLeft, notEntitled } from "#domain/entitlement";
import type { Language } from "#domain/language";
import { PLANS, type PlanId } from "#domain/plans";
import type { Severity } from "#domain/severity";
import { isOpen } from "#domain/support-case";
import type { CaseEvent, CaseRecord } from "../case-records";
import { caseEventItem } from "../case-timeline";
import {
  type IdempotencyClaim,
  type IdempotencyRecord,
  idempotencyRecordPut,
  liveIdempotencyRecord,
} from "../idempotency-records";
import { keys } from "../keys";
import { cancellationReasons } from "../queries";
import { creditChange } from "./credit-change";
import { releaseCaseNumber, reserveCaseNumber, takeCaseNumber } from "./next-case-number";
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

export interface Intake {
  /** The case-number counter as intake read it. */
  lastCaseNumber: number;
  /** With an Idempotency-Key: the key's claim, and the answer to keep with the case. */
  idempotency?: { claim: IdempotencyClaim; response: (record: CaseRecord) => unknown } | undefined;
}

export type IntakeOutcome = { opened: CaseRecord } | { replay: IdempotencyRecord; claim: IdempotencyClaim };

function newCase(input: NewCase, caseNumber: string, now: string) {
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
  return { record, opened };
}

/**
 * Writes the case under `caseNumber` with its first event, the credit it spends and the
 * Idempotency-Key's answer, all or nothing; with `counterSeen`, it also takes the number from
 * the counter (see next-case-number.ts) and answers "number-taken" when another intake has.
 */
async function write(
  { db, tableName }: CaseTable,
  input: NewCase,
  now: string,
  { idempotency }: Intake,
  caseNumber: number,
  counterSeen?: number,
): Promise<IntakeOutcome | "number-taken"> {
  const { record, opened } = newCase(input, formatCaseNumber(caseNumber), now);
  const spendCredit =
    input.consumedCredit && input.serial ? [creditChange(tableName, input.serial, input.customerId, -1)] : [];
  const counter = counterSeen === undefined ? [] : [takeCaseNumber(tableName, counterSeen)];
  const items = [
    ...counter,
    {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.case(record.caseNumber),
          ...keys.customerCase(input.customerId, record.caseNumber),
          ...(isOpen(record.status) ? keys.queueEntry(record.firstResponseDueAt, record.caseNumber) : {}),
          ...record,
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    { Put: { TableName: tableName, Item: caseEventItem(opened) } },
    ...spendCredit,
    ...(idempotency
      ? [idempotencyRecordPut(tableName, idempotency.claim, idempotency.response(record))]
      : []),
  ];
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return { opened: record };
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const failed = (index: number) => (reasons[index]?.code ?? "None") !== "None";
    if (idempotency && failed(items.length - 1)) {
      const first = liveIdempotencyRecord(reasons.at(-1)?.item, idempotency.claim);
      if (first) return { replay: first, claim: idempotency.claim };
    }
    // The credit's update follows the counter, the case and its event.
    if (spendCredit.length > 0 && reasons[counter.length + 2]?.code === "ConditionalCheckFailed") {
      // Another intake spent the last credit since intake checked: refused as if it had none.
      throw notEntitled(noCreditsLeft());
    }
    if (counter.length > 0 && failed(0)) return "number-taken";
    throw error;
  }
}

/**
 * Opens the case under the number after the counter as intake read it: with the intake's read,
 * two requests in all. When another intake took that number first, this one reserves the next
 * free number and writes again (a number it then does not use goes back, see next-case-number.ts);
 * when a request with the same Idempotency-Key committed first, its answer is handed back.
 */
export async function openCase(
  table: CaseTable,
  input: NewCase,
  now: string,
  intake: Intake,
): Promise<IntakeOutcome> {
  const first = await write(table, input, now, intake, intake.lastCaseNumber + 1, intake.lastCaseNumber);
  if (first !== "number-taken") return first;
  const reserved = await reserveCaseNumber(table);
  let outcome: IntakeOutcome | "number-taken" | undefined;
  try {
    outcome = await write(table, input, now, intake, reserved);
  } finally {
    if (typeof outcome !== "object" || !("opened" in outcome)) await releaseCaseNumber(table, reserved);
  }
  if (outcome === "number-taken") throw new Error(`case number ${reserved} was reserved, yet taken`);
  return outcome;
}
