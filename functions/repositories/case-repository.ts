import { randomUUID } from "node:crypto";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { formatCaseNumber } from "#domain/case-number";
import type { CaseTopic } from "#domain/case-topics";
import { assertCurrentView } from "#domain/case-version";
import { DomainError } from "#domain/errors";
import type { Language } from "#domain/language";
import { PLANS, type PlanId } from "#domain/plans";
import type { Severity } from "#domain/severity";
import {
  type AgentAction,
  assertSupportCanReply,
  assertWithdrawable,
  type CaseStatus,
  isInternalAction,
  isOpen,
  statusAfterAgentAction,
  statusAfterCustomerNote,
} from "#domain/support-case";
import { afterLastFollowUp, agentActionEffects } from "./case-changes";
import { CaseEvent, CaseRecord } from "./case-records";
import { caseEventItem } from "./case-timeline";
import { nextVersion } from "./case-versions";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure, queryAllByPrefix } from "./queries";
import { queueIndexUpdate, updateExpression } from "./queue-index";

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

/** How many times a write that lost a race re-reads the case and tries again. */
const OPTIMISTIC_ATTEMPTS = 4;

export function caseRepository(db: DynamoDBDocumentClient, tableName: string) {
  async function nextCaseNumber(): Promise<string> {
    const { Attributes } = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.caseNumberCounter(),
        UpdateExpression: "ADD lastNumber :one",
        ExpressionAttributeValues: { ":one": 1 },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return formatCaseNumber(Number(Attributes?.lastNumber));
  }

  /** Spends (-1) or returns (+1) a single-incident credit; spending needs one left and the caller's license. */
  function creditChange(serial: string, ownerId: string, delta: 1 | -1) {
    return {
      Update: {
        TableName: tableName,
        Key: keys.license(serial),
        ConditionExpression: delta < 0 ? "ownerId = :owner AND incidentCredits > :zero" : "ownerId = :owner",
        UpdateExpression: "ADD incidentCredits :delta",
        ExpressionAttributeValues: {
          ":owner": ownerId,
          ":delta": delta,
          ...(delta < 0 ? { ":zero": 0 } : {}),
        },
      },
    };
  }

  /**
   * A case change and the timeline event that tells of it commit together or not at all, and
   * only on the version of the case it was decided on. The status the event leaves the case in
   * decides whether it stays in the agent queue.
   */
  async function updateCaseWithEvent(change: {
    event: CaseEvent & { statusAfter: CaseStatus };
    current: CaseRecord;
    condition: string;
    set: string[];
    remove?: string[];
    values: Record<string, unknown>;
  }): Promise<CaseEvent> {
    const queue = queueIndexUpdate(change.current, change.event.statusAfter);
    const version = nextVersion(change.current.version);
    const event = { ...change.event, version: version.version };
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: keys.case(change.event.caseNumber),
              ConditionExpression: `(${change.condition}) AND ${version.condition}`,
              UpdateExpression: updateExpression(
                { set: [...change.set, ...version.set], remove: change.remove ?? [] },
                queue,
              ),
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: { ...change.values, ...queue.values, ...version.values },
            },
          },
          { Put: { TableName: tableName, Item: caseEventItem(event) } },
        ],
      }),
    );
    return event;
  }

  async function loadCase(caseNumber: string): Promise<CaseRecord | undefined> {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: keys.case(caseNumber), ConsistentRead: true }),
    );
    return Item ? CaseRecord.parse(withoutKeys(Item)) : undefined;
  }

  /** Re-reads and retries a conditional write that lost a race, a bounded number of times. */
  async function withOptimisticRetry<T>(caseNumber: string, attempt: () => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        if (i >= OPTIMISTIC_ATTEMPTS) {
          throw new DomainError("concurrent-update", `Case ${caseNumber} kept changing; try again.`);
        }
      }
    }
  }

  return {
    loadCase,

    /** Numbers come from an atomic counter; the case and its first event are written together. */
    async openCase(input: NewCase, now: string): Promise<CaseRecord> {
      const caseNumber = await nextCaseNumber();
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
        input.consumedCredit && input.serial ? [creditChange(input.serial, input.customerId, -1)] : [];
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
          throw new DomainError(
            "not-entitled",
            "The last single-incident credit of this license was just used.",
            {
              reason: "no-credits",
              advice: ["buy-single-incident", "knowledge-base", "forum"],
            },
          );
        }
        throw error;
      }
      return record;
    },

    /** Takes back a case support has not answered; a credit it used returns to the license. */
    async withdrawCase(caseNumber: string, customerId: string, now: string): Promise<CaseEvent> {
      const current = await loadCase(caseNumber);
      if (!current || current.customerId !== customerId) {
        throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
      }
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
        current.consumedCredit && current.serial ? [creditChange(current.serial, customerId, 1)] : [];
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
    },

    /**
     * Support answers: the case now waits on the customer for this reply. The reply event
     * carries what the follow-up workflow needs; its arrival on the stream starts it.
     * `customerNameOf` looks up whom its e-mails greet (the profile's name, now). Sent with the
     * version the agent's view showed (`seenVersion`), it is refused once the case moved on.
     */
    async recordSupportReply(
      caseNumber: string,
      agentId: string,
      message: string,
      now: string,
      customerNameOf: (customerId: string) => Promise<CaseEvent["customerName"]> = async () => undefined,
      seenVersion?: number,
    ) {
      return withOptimisticRetry(caseNumber, async () => {
        const current = await loadCase(caseNumber);
        if (!current) throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
        assertCurrentView(caseNumber, seenVersion, current.version);
        assertSupportCanReply(caseNumber, current.status);
        const replyId = String(current.replyCount + 1);
        const customerName = await customerNameOf(current.customerId);
        const reply = {
          eventId: randomUUID(),
          caseNumber,
          type: "support-reply",
          at: now,
          actorId: agentId,
          message,
          replyId,
          customerEmail: current.customerEmail,
          language: current.language,
          ...(customerName ? { customerName } : {}),
          statusAfter: "awaiting_customer",
        } satisfies CaseEvent;
        const written = await updateCaseWithEvent({
          event: reply,
          current,
          condition: "replyCount = :seen AND #status = :seenStatus",
          set: [
            "#status = :awaiting",
            "awaitingReplyId = :replyId",
            "replyCount = :replyCount",
            "followUpsSent = :zero",
            "updatedAt = :now",
            "firstResponseAt = if_not_exists(firstResponseAt, :now)",
            "latestSupportReply = :latest",
          ],
          remove: ["followUpFailure", "lastFollowUpAt"],
          values: {
            ":seen": current.replyCount,
            ":seenStatus": current.status,
            ":awaiting": "awaiting_customer",
            ":replyId": replyId,
            ":replyCount": current.replyCount + 1,
            ":latest": { at: now, message },
            ":zero": 0,
            ":now": now,
          },
        });
        // The case as the reply found it: whether this reply is the first response, and its due time.
        return { reply: { ...reply, version: written.version }, caseBefore: current };
      });
    },

    /**
     * The customer answers: "Resolved" closes the case, anything else hands it back to
     * support. Removing awaitingReplyId is what makes every pending follow-up claim fail.
     */
    async recordCustomerNote(caseNumber: string, customerId: string, message: string, now: string) {
      return withOptimisticRetry(caseNumber, async () => {
        const current = await loadCase(caseNumber);
        if (!current || current.customerId !== customerId) {
          throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
        }
        const statusAfter: CaseStatus = statusAfterCustomerNote(message);
        const note = {
          eventId: randomUUID(),
          caseNumber,
          type: "customer-note",
          at: afterLastFollowUp(now, current.lastFollowUpAt),
          actorId: customerId,
          message,
          statusAfter,
        } satisfies CaseEvent;
        return updateCaseWithEvent({
          event: note,
          current,
          // followUpsSent too: a follow-up claimed meanwhile re-reads, so the note lists after it.
          condition: "#status = :seenStatus AND replyCount = :seenReplies AND followUpsSent = :seenFollowUps",
          // A note on a closed case reopens it (unless it says "Resolved"), so it rejoins the queue.
          set: ["#status = :statusAfter", "updatedAt = :now"],
          remove: ["awaitingReplyId"],
          values: {
            ":seenStatus": current.status,
            ":seenReplies": current.replyCount,
            ":seenFollowUps": current.followUpsSent,
            ":statusAfter": statusAfter,
            ":now": now,
          },
        });
      });
    },

    /**
     * An agent-desk action and its timeline event, together. Leaving `awaiting_customer` (a
     * resolution) removes awaitingReplyId, so the follow-up stops exactly as for a customer note.
     */
    async applyAgentAction(
      caseNumber: string,
      agentId: string,
      action: AgentAction,
      now: string,
      seenVersion?: number,
    ) {
      return withOptimisticRetry(caseNumber, async () => {
        const current = await loadCase(caseNumber);
        if (!current) throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
        assertCurrentView(caseNumber, seenVersion, current.version);
        const statusAfter = statusAfterAgentAction(caseNumber, current.status, action);
        const { fields, message, change } = agentActionEffects(action, current);
        const leavesWaiting = current.status === "awaiting_customer" && statusAfter !== "awaiting_customer";
        return updateCaseWithEvent({
          current,
          event: {
            eventId: randomUUID(),
            caseNumber,
            type: action.action,
            at: now,
            actorId: agentId,
            statusAfter,
            visibility: isInternalAction(action) ? "internal" : "public",
            ...(message ? { message } : {}),
            ...(change ? { change } : {}),
          },
          condition: "#status = :seenStatus AND replyCount = :seenReplies",
          set: [
            "#status = :statusAfter",
            "updatedAt = :now",
            ...Object.keys(fields).map((name) => `${name} = :${name}`),
          ],
          remove: leavesWaiting ? ["awaitingReplyId"] : [],
          values: {
            ":seenStatus": current.status,
            ":seenReplies": current.replyCount,
            ":statusAfter": statusAfter,
            ":now": now,
            ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value])),
          },
        });
      });
    },

    /** Once per case, only by its customer, only when resolved: the condition says all three. */
    async rateCase(
      caseNumber: string,
      customerId: string,
      rating: { score: number; comment?: string },
      now: string,
    ) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.case(caseNumber),
            ConditionExpression: "customerId = :me AND #status = :resolved AND attribute_not_exists(rating)",
            UpdateExpression:
              "SET rating = :rating, version = if_not_exists(version, :noVersion) + :oneVersion",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: {
              ":noVersion": 0,
              ":oneVersion": 1,
              ":me": customerId,
              ":resolved": "resolved",
              ":rating": { ...rating, at: now },
            },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const current = await loadCase(caseNumber);
        if (!current || current.customerId !== customerId) {
          throw new DomainError("case-not-found", `There is no case ${caseNumber}.`);
        }
        throw new DomainError(
          "case-not-ratable",
          current.rating
            ? `Case ${caseNumber} was rated already.`
            : `Case ${caseNumber} is not resolved yet.`,
        );
      }
    },

    async listCaseEvents(caseNumber: string): Promise<CaseEvent[]> {
      const items = await queryAllByPrefix(db, tableName, keys.caseEventsOf(caseNumber));
      return items.map((item) => CaseEvent.parse(withoutKeys(item)));
    },
  };
}

export type CaseRepository = ReturnType<typeof caseRepository>;
