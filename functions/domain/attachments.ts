/** What a case may carry as attachments (screenshots, logs): checked before an upload URL is issued. */
export const ATTACHMENT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  contentTypes: [
    "image/png",
    "image/jpeg",
    "image/gif",
    "text/plain",
    "application/pdf",
    "application/zip",
    "application/gzip",
    "application/x-7z-compressed",
  ],
} as const;

export type AttachmentContentType = (typeof ATTACHMENT_LIMITS.contentTypes)[number];
