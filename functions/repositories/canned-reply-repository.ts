import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { LANGUAGES } from "#domain/language";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure } from "./queries";

const InBothLanguages = z.record(z.enum(LANGUAGES), z.string());

/** A canned reply as stored: its title and text in every language of the support center. */
export const CannedReplyRecord = z.object({
  cannedReplyId: z.string(),
  title: InBothLanguages,
  body: InBothLanguages,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CannedReplyRecord = z.infer<typeof CannedReplyRecord>;

/** Admins keep a few dozen canned replies: one partition, read whole. */
export function cannedReplyRepository(db: DynamoDBDocumentClient, tableName: string) {
  /** Writes the reply; `exists` says whether one must be there already (update) or must not (create). */
  async function put(reply: CannedReplyRecord, exists: boolean): Promise<boolean> {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.cannedReply(reply.cannedReplyId), ...reply },
          ConditionExpression: exists ? "attribute_exists(pk)" : "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  return {
    create: (reply: CannedReplyRecord) => put(reply, false),

    async get(cannedReplyId: string): Promise<CannedReplyRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.cannedReply(cannedReplyId) }),
      );
      return Item ? CannedReplyRecord.parse(withoutKeys(Item)) : undefined;
    },

    /** False when there is no such canned reply. */
    replace: (reply: CannedReplyRecord) => put(reply, true),

    /** False when there was no such canned reply. */
    async remove(cannedReplyId: string): Promise<boolean> {
      try {
        await db.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.cannedReply(cannedReplyId),
            ConditionExpression: "attribute_exists(pk)",
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Every canned reply, by title in English. */
    async list(): Promise<CannedReplyRecord[]> {
      const items: Record<string, unknown>[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": keys.allCannedReplies().pk },
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return items
        .map((item) => CannedReplyRecord.parse(withoutKeys(item)))
        .sort((a, b) => (a.title.en ?? "").localeCompare(b.title.en ?? ""));
    },
  };
}
