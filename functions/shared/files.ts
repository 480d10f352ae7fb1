import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import * as z from "zod/mini";
import { readConfig } from "./config";
import { FILES_BUCKET, S3_FORCE_PATH_STYLE } from "./settings";

/**
 * The files bucket (release downloads, later attachments), reached only through short-lived
 * presigned URLs: files never pass through a Lambda. Locally the emulator needs path-style URLs.
 */
const config = readConfig(z.object({ FILES_BUCKET, S3_FORCE_PATH_STYLE }));

const s3 = new S3Client({
  forcePathStyle: config.S3_FORCE_PATH_STYLE,
  // Otherwise presigned PUTs carry the checksum of an empty body, which S3 then refuses.
  requestChecksumCalculation: "WHEN_REQUIRED",
});

/** A download link valid for 15 minutes, saving the file under its own name. */
export function downloadUrl(key: string, fileName: string): Promise<string> {
  return getSignedUrl(
    s3,
    new GetObjectCommand({
      Bucket: config.FILES_BUCKET,
      Key: key,
      ResponseContentDisposition: `attachment; filename="${fileName}"`,
    }),
    { expiresIn: 15 * 60 },
  );
}

/** An upload link for exactly `sizeBytes` bytes (and, when given, that content type), valid for an hour. */
export function uploadUrl(key: string, sizeBytes: number, contentType?: string): Promise<string> {
  return getSignedUrl(
    s3,
    new PutObjectCommand({
      Bucket: config.FILES_BUCKET,
      Key: key,
      ContentLength: sizeBytes,
      ContentType: contentType,
    }),
    { expiresIn: 60 * 60, ...(contentType ? { signableHeaders: new Set(["content-type"]) } : {}) },
  );
}

/** Long enough to start an upload right after asking for it; a leaked link is soon useless. */
export const CREATE_ONLY_UPLOAD_SECONDS = 10 * 60;

/**
 * A link that can only create the object under `key`, once: `If-None-Match: *` is signed in
 * (S3 answers 412 when the key exists), as are the exact size and content type. The client
 * must send `headers` with the PUT.
 */
export async function createOnlyUploadUrl(key: string, sizeBytes: number, contentType: string) {
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({
      Bucket: config.FILES_BUCKET,
      Key: key,
      ContentLength: sizeBytes,
      ContentType: contentType,
      IfNoneMatch: "*",
    }),
    {
      expiresIn: CREATE_ONLY_UPLOAD_SECONDS,
      signableHeaders: new Set(["content-type", "if-none-match"]),
    },
  );
  return {
    url,
    headers: { "content-type": contentType, "if-none-match": "*" },
    expiresInSeconds: CREATE_ONLY_UPLOAD_SECONDS,
  };
}
