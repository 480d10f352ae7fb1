import * as z from "zod/mini";
import { tracedCall } from "./aws-call-traces";
import { readConfig } from "./config";
import { presignedUrl, type S3Location } from "./presigned-url";
import { FILES_BUCKET, S3_FORCE_PATH_STYLE } from "./settings";

/**
 * The files bucket (release downloads, attachments, received mail), reached only through
 * short-lived presigned URLs: downloads and uploads never pass through a Lambda. Locally the
 * emulator needs path-style URLs.
 */
const config = readConfig(
  z.object({
    FILES_BUCKET,
    S3_FORCE_PATH_STYLE,
    // Signing needs the region; the emulator's address replaces AWS's endpoint locally.
    AWS_REGION: z.string().check(z.minLength(1)),
    AWS_ENDPOINT_URL_S3: z.optional(z.string()),
  }),
);

function fileAt(key: string): S3Location {
  return {
    bucket: config.FILES_BUCKET,
    key,
    region: config.AWS_REGION,
    endpoint: config.AWS_ENDPOINT_URL_S3,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  };
}

/** A download link valid for 15 minutes, saving the file under its own name. */
export function downloadUrl(key: string, fileName: string): Promise<string> {
  return presignedUrl(fileAt(key), {
    method: "GET",
    query: { "x-id": "GetObject", "response-content-disposition": `attachment; filename="${fileName}"` },
    // As the S3 client asks: S3 sends the object's checksum along, for clients that check it.
    headers: { "x-amz-checksum-mode": "ENABLED" },
    expiresIn: 15 * 60,
  });
}

/** An upload link for exactly `sizeBytes` bytes (and, when given, that content type), valid for an hour. */
export function uploadUrl(key: string, sizeBytes: number, contentType?: string): Promise<string> {
  return presignedUrl(fileAt(key), {
    method: "PUT",
    query: { "x-id": "PutObject" },
    headers: { "content-length": String(sizeBytes), ...(contentType ? { "content-type": contentType } : {}) },
    expiresIn: 60 * 60,
    ...(contentType ? { signableHeaders: ["content-type"] } : {}),
  });
}

/** Long enough to start an upload right after asking for it; a leaked link is soon useless. */
export const CREATE_ONLY_UPLOAD_SECONDS = 10 * 60;

/**
 * A link that can only create the object under `key`, once: `If-None-Match: *` is signed in
 * (S3 answers 412 when the key exists), as are the exact size and content type. The client
 * must send `headers` with the PUT.
 */
export async function createOnlyUploadUrl(key: string, sizeBytes: number, contentType: string) {
  const headers = { "content-type": contentType, "if-none-match": "*" };
  const url = await presignedUrl(fileAt(key), {
    method: "PUT",
    query: { "x-id": "PutObject" },
    headers: { "content-length": String(sizeBytes), ...headers },
    expiresIn: CREATE_ONLY_UPLOAD_SECONDS,
    signableHeaders: ["content-type", "if-none-match"],
  });
  return { url, headers, expiresInSeconds: CREATE_ONLY_UPLOAD_SECONDS };
}

/** Reading a stored file (a received mail): long enough for SES's largest message, short of the function's timeout. */
const READ_TIMEOUT_MS = 8_000;

/**
 * A stored file's bytes, fetched through a one-minute link: S3's GetObject without the S3
 * client (~110 KB of the inbound-mail bundle). A missing file or a refusal throws with S3's status.
 */
export function readFile(key: string): Promise<Uint8Array> {
  return tracedCall(
    "S3",
    "GetObject",
    async () => {
      const url = await presignedUrl(fileAt(key), {
        method: "GET",
        query: { "x-id": "GetObject" },
        expiresIn: 60,
      });
      const answer = await fetch(url, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
      const $metadata = {
        httpStatusCode: answer.status,
        requestId: answer.headers.get("x-amz-request-id") ?? undefined,
      };
      if (!answer.ok) {
        await answer.body?.cancel();
        throw Object.assign(new Error(`S3 answered ${answer.status} for ${key}`), {
          name: answer.status === 404 ? "NoSuchKey" : "S3ReadFailed",
          $metadata,
        });
      }
      return { bytes: new Uint8Array(await answer.arrayBuffer()), $metadata };
    },
    (read) => read.$metadata,
  ).then((read) => read.bytes);
}
