import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { cursorShapes, encodeCursor } from "./cursor";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure, queryPage } from "./queries";

/** Every feedback is tracked ("listen to the customer", DOMAIN.md section 6); staff move its status on. */
export const FeedbackRecord = z.object({
  feedbackId: z.string(),
  kind: z.string(),
  about: z.string(),
  text: z.string(),
  caseNumber: z.optional(z.string()),
  authorId: z.string(),
  authorEmail: z.string(),
  status: z.enum(["new", "reviewed", "answered"]),
  at: z.string(),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecord>;

export const FEEDBACK_STATUSES = ["new", "reviewed", "answered"] as const;

export interface FeedbackFilter {
  status?: FeedbackRecord["status"] | undefined;
  kind?: string | undefined;
}

export function feedbackRepository(db: DynamoDBDocumentClient, tableName: string) {
  return {
    /** Staff move a feedback on; undefined when there is no such feedback. */
    async setStatus(
      feedbackId: string,
      status: FeedbackRecord["status"],
    ): Promise<FeedbackRecord | undefined> {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.feedback(feedbackId),
            ConditionExpression: "attribute_exists(pk)",
            UpdateExpression: "SET #status = :status",
            ExpressionAttributeNames: { "#status": "status" },
            ExpressionAttributeValues: { ":status": status },
            ReturnValues: "ALL_NEW",
          }),
        );
        return FeedbackRecord.parse(withoutKeys(Attributes ?? {}));
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    async record(feedback: FeedbackRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.feedback(feedback.feedbackId), ...feedback },
        }),
      );
    },

    /** Newest first. Feedback is rare enough for one partition; a busy site would shard it by month. */
    /** A page of feedback, newest first, optionally of one status and kind. */
    async list(limit: number, cursor?: Record<string, string>, filter: FeedbackFilter = {}) {
      const conditions = Object.entries(filter).filter(([, value]) => value !== undefined);
      const { items, nextKey } = await queryPage(
        db,
        {
          TableName: tableName,
          KeyConditionExpression: "pk = :pk",
          ...(conditions.length > 0
            ? {
                FilterExpression: conditions.map(([name]) => `#${name} = :${name}`).join(" AND "),
                ExpressionAttributeNames: Object.fromEntries(conditions.map(([name]) => [`#${name}`, name])),
              }
            : {}),
          ExpressionAttributeValues: {
            ":pk": keys.allFeedback().pk,
            ...Object.fromEntries(conditions.map(([name, value]) => [`:${name}`, value])),
          },
          ScanIndexForward: false,
          ExclusiveStartKey: cursor,
        },
        limit,
        cursorShapes.feedback().attributes,
      );
      return {
        items: items.map((item) => FeedbackRecord.parse(withoutKeys(item))),
        nextCursor: encodeCursor(nextKey),
      };
    },
  };
}
