import { AttachmentUpload } from "../responses/cases";
import { AttachmentRequest, CasePath } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const addAttachmentRoute = {
  method: "POST",
  path: "/cases/{number}/attachments",
  groups: EVERYONE,
  entry: "functions/api/cases/add-attachment.ts",
  summary: "Attach a screenshot or log: answers with an upload URL (size and type limited)",
  params: CasePath,
  body: AttachmentRequest,
  needs: { table: "write", files: { write: "attachments" } },
  tags: ["cases"],
  description:
    "Records an attachment (PNG, JPEG, GIF, text, PDF, zip, gzip or 7z; at most 20 MB) and answers with an upload URL valid 10 minutes, signed for exactly that size and type, that can only create the file: PUT it with the given `headers` (`content-type`, `if-none-match: *`). Its customer and staff only.",
  responses: { 201: { description: "Where to upload the file", body: AttachmentUpload } },
  problems: [404],
  idempotencyKey: true,
  example: { body: { fileName: "backup-log.txt", contentType: "text/plain", sizeBytes: 48213 } },
} as const satisfies RouteDefinition;
