import { randomUUID } from "node:crypto";
import { createOnlyUploadUrl } from "#shared/files";
import { apiHandler } from "#shared/http";
import { addAttachmentRoute } from "../routes/add-attachment";
import { attachments } from "./attachment-store";
import { visibleCase } from "./case-access";
import { idempotent } from "./case-idempotency";

/**
 * Records the attachment and answers with an upload URL for exactly its size and type. Each
 * upload gets a key of its own (a random id, not the file name, so nobody can guess another's),
 * and the URL can only create that object: it never overwrites one.
 */
export const handler = apiHandler(
  addAttachmentRoute,
  async ({ path: { number }, body: request }, caller) => {
    await visibleCase(caller, number);
    const attachmentId = randomUUID();
    const fileKey = `attachments/${number}/${attachmentId}`;
    await attachments.add({
      ...request,
      attachmentId,
      caseNumber: number,
      fileKey,
      addedBy: caller.id,
      addedAt: new Date().toISOString(),
    });
    const upload = await createOnlyUploadUrl(fileKey, request.sizeBytes, request.contentType);
    return {
      status: 201,
      body: {
        attachmentId,
        fileName: request.fileName,
        contentType: request.contentType,
        sizeBytes: request.sizeBytes,
        upload: { method: "PUT", ...upload },
      },
    };
  },
  { use: [idempotent] },
);
