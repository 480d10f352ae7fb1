import { type DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { encodeCursor } from "./cursor";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure } from "./queries";

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
    async list(limit: number, cursor?: Record<string, string>) {
      const { Items = [], LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": keys.allFeedback().pk },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: cursor,
        }),
      );
      return {
        items: Items.map((item) => FeedbackRecord.parse(withoutKeys(item))),
        nextCursor: encodeCursor(LastEvaluatedKey),
      };
    },
  };
}
