import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { presignedUrl, type S3Location, s3Signer } from "#shared/presigned-url";

/**
 * Our presigned URLs against @aws-sdk/s3-request-presigner's for the same request, credentials
 * and instant: byte for byte equal, so S3 accepts them as it accepts the SDK's.
 */
const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};
const withToken = { ...credentials, sessionToken: "session/token+=" };
const signingDate = new Date("2026-12-03T10:00:00Z");

const LOCATIONS: Omit<S3Location, "key">[] = [
  { bucket: "support-center-files", region: "eu-west-1", forcePathStyle: false },
  {
    bucket: "support-center-files",
    region: "cn-north-1",
    forcePathStyle: false,
    endpoint: "https://s3.cn-north-1.amazonaws.com.cn",
  },
  { bucket: "files", region: "us-east-1", forcePathStyle: true, endpoint: "http://127.0.0.1:4569" },
];

function sdkClient(location: Omit<S3Location, "key">, creds: typeof withToken | typeof credentials) {
  return new S3Client({
    region: location.region,
    credentials: creds,
    forcePathStyle: location.forcePathStyle,
    requestChecksumCalculation: "WHEN_REQUIRED",
    ...(location.endpoint ? { endpoint: location.endpoint } : {}),
  });
}

function ours(location: S3Location, creds: typeof credentials, request: Parameters<typeof presignedUrl>[1]) {
  return presignedUrl(location, { ...request, signingDate }, s3Signer(location.region, creds));
}

const keys = fc.oneof(
  fc.constantFrom(
    "attachments/C-1/a b.txt",
    "releases/8.2.1/setup (x64).exe",
    "attachments/中文/报告.pdf",
    "a/b!*'()~.zip",
  ),
  fc.stringMatching(/^[a-z0-9][a-z0-9 ._!()~-]{0,20}(\/[a-z0-9 ._-]{1,10}){0,2}$/),
);

// The SDK would take an emulator's address from the environment a test run may have set.
beforeAll(() => {
  vi.stubEnv("AWS_ENDPOINT_URL_S3", undefined);
  vi.stubEnv("AWS_ENDPOINT_URL", undefined);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("presigned URLs", () => {
  it("download links equal the SDK presigner's", async () => {
    await fc.assert(
      fc.asyncProperty(keys, fc.constantFrom(...LOCATIONS), fc.boolean(), async (key, location, token) => {
        const creds = token ? withToken : credentials;
        const fileName = key.split("/").at(-1) ?? "f";
        const disposition = `attachment; filename="${fileName}"`;
        const expected = await getSignedUrl(
          sdkClient(location, creds),
          new GetObjectCommand({
            Bucket: location.bucket,
            Key: key,
            ResponseContentDisposition: disposition,
          }),
          { expiresIn: 900, signingDate },
        );
        const actual = await ours({ ...location, key }, creds, {
          method: "GET",
          query: { "x-id": "GetObject", "response-content-disposition": disposition },
          headers: { "x-amz-checksum-mode": "ENABLED" },
          expiresIn: 900,
        });
        expect(actual).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("upload links, create-only ones included, equal the SDK presigner's", async () => {
    await fc.assert(
      fc.asyncProperty(
        keys,
        fc.constantFrom(...LOCATIONS),
        fc.nat({ max: 5_000_000_000 }),
        fc.boolean(),
        async (key, location, size, createOnly) => {
          const expected = await getSignedUrl(
            sdkClient(location, withToken),
            new PutObjectCommand({
              Bucket: location.bucket,
              Key: key,
              ContentLength: size,
              ContentType: "application/pdf",
              ...(createOnly ? { IfNoneMatch: "*" } : {}),
            }),
            {
              expiresIn: 600,
              signingDate,
              signableHeaders: new Set(createOnly ? ["content-type", "if-none-match"] : ["content-type"]),
            },
          );
          const actual = await ours({ ...location, key }, withToken, {
            method: "PUT",
            query: { "x-id": "PutObject" },
            headers: {
              "content-length": String(size),
              "content-type": "application/pdf",
              ...(createOnly ? { "if-none-match": "*" } : {}),
            },
            expiresIn: 600,
            signableHeaders: createOnly ? ["content-type", "if-none-match"] : ["content-type"],
          });
          expect(actual).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
