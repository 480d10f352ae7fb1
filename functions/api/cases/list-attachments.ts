import { downloadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { listAttachmentsRoute } from "../routes/list-attachments";
import { attachments } from "./attachment-store";
import { visibleCase } from "./case-access";
import { attachmentViewFor } from "./case-views";

export const handler = apiHandler(listAttachmentsRoute, async ({ path: { number } }, caller) => {
  const { customerId } = await visibleCase(caller, number);
  const items = await attachments.list(number);
  return {
    status: 200,
    body: {
      items: await Promise.all(
        items.map(async (attachment) => ({
          ...attachmentViewFor(caller, attachment, customerId),
          download: {
            url: await downloadUrl(attachment.fileKey, attachment.fileName),
            expiresInSeconds: 900,
          },
        })),
      ),
    },
  };
});
