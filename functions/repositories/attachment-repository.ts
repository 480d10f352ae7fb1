import { type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { keys, withoutKeys } from "./keys";
import { queryAllByPrefix } from "./queries";

/** A file attached to a case; the bytes live in the files bucket under `fileKey`. */
export const AttachmentRecord = z.object({
  attachmentId: z.string(),
  caseNumber: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  fileKey: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type AttachmentRecord = z.infer<typeof AttachmentRecord>;

export function attachmentRepository(db: DynamoDBDocumentClient, tableName: string) {
  return {
    async add(attachment: AttachmentRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.attachment(attachment.caseNumber, attachment.attachmentId), ...attachment },
          // Ids are random: a clash is a bug to hear about, never a record to replace.
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    },

    async list(caseNumber: string): Promise<AttachmentRecord[]> {
      const items = await queryAllByPrefix(db, tableName, keys.attachmentsOf(caseNumber));
      return items.map((item) => AttachmentRecord.parse(withoutKeys(item)));
    },
  };
}
