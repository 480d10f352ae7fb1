import { downloadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { visibleCase } from "./case-access";
import { attachments } from "./case-store";

export const handler = apiHandler(ROUTES.listAttachments, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  await visibleCase(caller, number);
  const items = await attachments.list(number);
  return {
    status: 200,
    body: {
      items: await Promise.all(
        items.map(async ({ fileKey, ...attachment }) => ({
          ...attachment,
          download: { url: await downloadUrl(fileKey, attachment.fileName), expiresInSeconds: 900 },
        })),
      ),
    },
  };
});
