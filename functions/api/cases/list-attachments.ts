import { downloadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { visibleCase } from "./case-access";
import { attachments } from "./case-store";
import { attachmentViewFor } from "./case-views";

export const handler = apiHandler(ROUTES.listAttachments, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
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
