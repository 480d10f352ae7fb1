import { ATTACHMENT_LIMITS, type AttachmentContentType } from "#domain/attachments";
import { api, call } from "../api";

/** Why a file cannot be attached, in the words the screen shows (attachment-strings.ts). */
export type UploadFailure = "too-large" | "wrong-type" | "empty" | "refused" | "busy" | "transfer";

export type UploadResult = { ok: true; attachmentId: string } | { ok: false; failure: UploadFailure };

const isAllowedType = (type: string): type is AttachmentContentType =>
  (ATTACHMENT_LIMITS.contentTypes as readonly string[]).includes(type);

/** Browsers leave some types blank or vary them (logs, 7z); the extension decides then. */
const BY_EXTENSION: Record<string, AttachmentContentType> = {
  log: "text/plain",
  txt: "text/plain",
  "7z": "application/x-7z-compressed",
  gz: "application/gzip",
  tgz: "application/gzip",
  zip: "application/zip",
};

export function contentTypeOf(file: File): string {
  if (isAllowedType(file.type)) return file.type;
  return BY_EXTENSION[file.name.split(".").pop()?.toLowerCase() ?? ""] ?? file.type;
}

/** The same limits the API checks (the domain's ATTACHMENT_LIMITS), told before anything is sent. */
export function precheck(file: File): UploadFailure | undefined {
  if (file.size === 0) return "empty";
  if (file.size > ATTACHMENT_LIMITS.maxBytes) return "too-large";
  if (!isAllowedType(contentTypeOf(file))) return "wrong-type";
  return undefined;
}

/** The API takes plain names only (letters, digits, space, . ( ) - _); anything else becomes "_". */
export function plainFileName(name: string): string {
  const plain = name.replace(/[^\w .()-]/g, "_").slice(-200);
  return /^[\w .()-]+$/.test(plain) ? plain : "attachment";
}

function failureOf(status: number, fields: string[]): UploadFailure {
  if (status === 429 || status === 503) return "busy";
  if (fields.includes("sizeBytes")) return "too-large";
  if (fields.includes("contentType")) return "wrong-type";
  return "refused";
}

/** PUT with XMLHttpRequest: fetch() reports no upload progress. Releases upload through it too. */
export function putFile(
  url: string,
  headers: Record<string, string>,
  file: File,
  onProgress: (loaded: number) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("PUT", url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.addEventListener("progress", (event) => onProgress(event.loaded));
    request.addEventListener("load", () => resolve(request.status >= 200 && request.status < 300));
    request.addEventListener("error", () => resolve(false));
    request.addEventListener("abort", () => resolve(false));
    request.send(file);
  });
}

/**
 * Attaches one file to a case: the API records it and signs an upload URL for exactly its size
 * and type, then the file goes straight to storage with exactly the headers the API names.
 */
export async function uploadAttachment(
  caseNumber: string,
  file: File,
  onProgress: (loaded: number) => void,
): Promise<UploadResult> {
  const early = precheck(file);
  if (early) return { ok: false, failure: early };
  const added = await call(
    api.POST("/cases/{number}/attachments", {
      params: { path: { number: caseNumber }, header: { "Idempotency-Key": crypto.randomUUID() } },
      body: {
        fileName: plainFileName(file.name),
        contentType: contentTypeOf(file) as AttachmentContentType,
        sizeBytes: file.size,
      },
    }),
  );
  if (!added.ok) {
    const fields = (added.problem?.errors ?? []).map((e) => e.field);
    return { ok: false, failure: failureOf(added.status, fields) };
  }
  const { upload, attachmentId } = added.data;
  const stored = await putFile(upload.url, upload.headers, file, onProgress);
  if (!stored) return { ok: false, failure: "transfer" };
  onProgress(file.size);
  return { ok: true, attachmentId };
}
