import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { DomainError } from "#domain/errors";
import type { CaseStatus } from "#domain/support-case";
import type { CaseEvent, CaseRecord } from "../case-records";
import { caseEventItem } from "../case-timeline";
import { nextVersion } from "../case-versions";
import { keys } from "../keys";
import { cancellationReasons, isConditionFailure } from "../queries";
import { queueIndexUpdate, updateExpression } from "../queue-index";
import type { CaseTable } from "./table";

/** How many times a write that lost a race re-reads the case and tries again. */
const OPTIMISTIC_ATTEMPTS = 4;

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

export interface CaseChange {
  event: CaseEvent & { statusAfter: CaseStatus };
  current: CaseRecord;
  condition: string;
  set: string[];
  remove?: string[];
  values: Record<string, unknown>;
  /** One more item that commits with the change or not at all (a message's idempotency record). */
  alongside?: TransactItem;
}

/**
 * The item that was to commit alongside a case change failed its own condition, so nothing was
 * written; `item` is what holds its key (when its Put asked for ALL_OLD). Not retried.
 */
export class AlongsideRefused extends Error {
  constructor(readonly item: Record<string, unknown> | undefined) {
    super("The item written alongside the case change was refused by its condition");
    this.name = "AlongsideRefused";
  }
}

/**
 * A case change and the timeline event that tells of it commit together or not at all, and
 * only on the version of the case it was decided on. The status the event leaves the case in
 * decides whether it stays in the agent queue.
 */
export async function updateCaseWithEvent(
  { db, tableName }: CaseTable,
  change: CaseChange,
): Promise<CaseEvent> {
  const queue = queueIndexUpdate(change.current, change.event.statusAfter);
  const version = nextVersion(change.current.version);
  const event = { ...change.event, version: version.version };
  const command = new TransactWriteCommand({
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
      ...(change.alongside ? [change.alongside] : []),
    ],
  });
  try {
    await db.send(command);
  } catch (error) {
    // The alongside item is the transaction's last.
    const alongside = change.alongside ? cancellationReasons(error)?.at(-1) : undefined;
    if (alongside?.code === "ConditionalCheckFailed") throw new AlongsideRefused(alongside.item);
    throw error;
  }
  return event;
}

/** Re-reads and retries a conditional write that lost a race, a bounded number of times. */
export async function withOptimisticRetry<T>(caseNumber: string, attempt: () => Promise<T>): Promise<T> {
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
