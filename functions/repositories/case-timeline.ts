import { type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { CaseEvent } from "./case-records";
import { keys } from "./keys";
import { isConditionFailure } from "./queries";

/** A timeline event as a table item: under its case, sorted by time. */
export function caseEventItem(event: CaseEvent) {
  return { ...keys.caseEvent(event.caseNumber, event.at, event.eventId), ...event };
}

/** Timeline events written from outside a case change (the stream consumer); safe to repeat. */
export function caseTimeline(db: DynamoDBDocumentClient, tableName: string) {
  return {
    /** True when the event was written now, false when a replay found it already there. */
    async record(event: CaseEvent): Promise<boolean> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: caseEventItem(event),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return false;
      }
    },
  };
}
