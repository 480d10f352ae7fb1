import { randomUUID } from "node:crypto";
import { uploadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { AttachmentRequest, CasePath } from "../schemas";
import { visibleCase } from "./case-access";
import { attachments, idempotent } from "./case-store";

/** Records the attachment and answers with an upload URL signed for exactly its size and type. */
export const handler = apiHandler(
  ROUTES.addAttachment,
  async (event, caller) => {
    const { number } = parsePathParameters(event, CasePath);
    const request = parseJsonBody(event, AttachmentRequest);
    await visibleCase(caller, number);
    const attachmentId = randomUUID();
    const fileKey = `attachments/${number}/${attachmentId}/${request.fileName}`;
    await attachments.add({
      ...request,
      attachmentId,
      caseNumber: number,
      fileKey,
      addedBy: caller.id,
      addedAt: new Date().toISOString(),
    });
    const url = await uploadUrl(fileKey, request.sizeBytes, request.contentType);
    return {
      status: 201,
      body: {
        attachmentId,
        ...request,
        upload: { method: "PUT", url, headers: { "content-type": request.contentType } },
      },
    };
  },
  [idempotent],
);
