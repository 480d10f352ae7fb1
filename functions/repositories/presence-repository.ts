import { DeleteCommand, type DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { keys, withoutKeys } from "./keys";
import { queryAllByPrefix } from "./queries";
import { TABLE_DESIGN } from "./table-design";

/** "This agent has the case open", refreshed by the desk; the table's TTL removes it eventually. */
export const PresenceRecord = z.object({
  caseNumber: z.string(),
  userId: z.string(),
  email: z.string(),
  name: z.optional(z.string()),
  since: z.string(),
  seenAt: z.string(),
  [TABLE_DESIGN.timeToLiveAttribute]: z.number(),
});
export type PresenceRecord = z.infer<typeof PresenceRecord>;

export function presenceRepository(db: DynamoDBDocumentClient, tableName: string) {
  return {
    /** Marks (or refreshes) the viewer's presence; `since` stays from the first mark of a visit. */
    async mark(viewer: {
      caseNumber: string;
      userId: string;
      email: string;
      name?: string | undefined;
      now: string;
      expiresAt: number;
    }): Promise<void> {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.presence(viewer.caseNumber, viewer.userId),
          // A lapsed mark starts a new visit: `since` restarts.
          UpdateExpression:
            "SET caseNumber = :case, userId = :user, email = :email, seenAt = :now, #expires = :expires, " +
            "since = if_not_exists(since, :now)" +
            (viewer.name ? ", #name = :name" : ""),
          ExpressionAttributeNames: {
            "#expires": TABLE_DESIGN.timeToLiveAttribute,
            ...(viewer.name ? { "#name": "name" } : {}),
          },
          ExpressionAttributeValues: {
            ":case": viewer.caseNumber,
            ":user": viewer.userId,
            ":email": viewer.email,
            ":now": viewer.now,
            ":expires": viewer.expiresAt,
            ...(viewer.name ? { ":name": viewer.name } : {}),
          },
        }),
      );
    },

    async leave(caseNumber: string, userId: string): Promise<void> {
      await db.send(new DeleteCommand({ TableName: tableName, Key: keys.presence(caseNumber, userId) }));
    },

    /** Every mark of the case as stored, lapsed ones too (the caller checks expiry). */
    async marksOf(caseNumber: string): Promise<PresenceRecord[]> {
      const items = await queryAllByPrefix(db, tableName, keys.presenceOf(caseNumber));
      return items.map((item) => PresenceRecord.parse(withoutKeys(item)));
    },
  };
}
