import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_AWS } from "#infra/local/aws";
import { freePort } from "#infra/local/ports";
import { type LocalS3, startLocalS3 } from "#infra/local/s3/emulator";

const BUCKET = "support-center-files";
const OTHER_BUCKET = "support-center-other";
const PORTAL = "http://127.0.0.1:5173";

/**
 * The options the Lambdas' S3 client needs, in AWS and locally alike: the endpoint comes
 * from AWS_ENDPOINT_URL_S3 (here passed directly), path style from S3_FORCE_PATH_STYLE.
 * WHEN_REQUIRED keeps the CRC32 of an empty body out of presigned PUT URLs (see below).
 */
const LAMBDA_STYLE: S3ClientConfig = { forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED" };

let s3: LocalS3;
let client: S3Client;

function s3Client(config: S3ClientConfig = {}): S3Client {
  return new S3Client({ ...LOCAL_AWS, endpoint: s3.endpoint, ...LAMBDA_STYLE, maxAttempts: 1, ...config });
}

async function presignPut(key: string, body: Uint8Array, contentType: string, expiresIn = 300) {
  const command = new PutObjectCommand({
    Bucket: BUCKET,
    Key: key,
    ContentType: contentType,
    ContentLength: body.byteLength,
  });
  return getSignedUrl(client, command, { expiresIn });
}

const errorCode = (xml: string) => /<Code>([^<]+)<\/Code>/.exec(xml)?.[1];

beforeAll(async () => {
  s3 = await startLocalS3({
    port: await freePort(),
    bucketNames: [BUCKET, OTHER_BUCKET],
    corsOrigins: [PORTAL],
  });
  client = s3Client();
});

afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

describe("local S3 (s3rver)", () => {
  it("listens on 127.0.0.1 and creates the buckets", async () => {
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { Buckets } = await client.send(new ListBucketsCommand({}));
    expect(Buckets?.map((bucket) => bucket.Name).sort()).toEqual([BUCKET, OTHER_BUCKET].sort());
  });

  it("takes a presigned PUT from plain fetch and serves the same bytes to a presigned GET", async () => {
    const key = "attachments/case-00000042/报告 final (1).bin";
    const body = randomBytes(256 * 1024);
    const putUrl = await presignPut(key, body, "application/octet-stream");
    // Path style on the local endpoint, and no checksum of an empty body baked in.
    expect(putUrl.startsWith(`${s3.endpoint}/${BUCKET}/attachments/case-00000042/`)).toBe(true);
    expect(new URL(putUrl).searchParams.has("x-amz-checksum-crc32")).toBe(false);

    const put = await fetch(putUrl, {
      method: "PUT",
      body,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toMatch(/^".+"$/);

    const getUrl = await getSignedUrl(client, new GetObjectCommand({ Bucket: BUCKET, Key: key }), {
      expiresIn: 300,
    });
    const get = await fetch(getUrl);
    expect(get.status).toBe(200);
    expect(Buffer.from(await get.arrayBuffer()).equals(body)).toBe(true);
  });

  it("reports size and content type through HeadObject", async () => {
    const key = "releases/acme-backup/12.3.0/readme.txt";
    const body = new TextEncoder().encode("Acme Backup 12.3.0 — release notes\n");
    const put = await fetch(await presignPut(key, body, "text/plain; charset=utf-8"), {
      method: "PUT",
      body,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    expect(put.status).toBe(200);

    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentLength).toBe(body.byteLength);
    expect(head.ContentType).toBe("text/plain; charset=utf-8");
  });

  it("overrides the download's headers from the presigned GET (response-content-disposition)", async () => {
    const key = "releases/acme-backup/12.3.0/setup.exe";
    const body = randomBytes(1024);
    await fetch(await presignPut(key, body, "application/octet-stream"), { method: "PUT", body });
    const command = new GetObjectCommand({
      Bucket: BUCKET,
      Key: key,
      ResponseContentDisposition: 'attachment; filename="acme-backup-12.3.0-setup.exe"',
    });
    const get = await fetch(await getSignedUrl(client, command, { expiresIn: 60 }));
    expect(get.status).toBe(200);
    expect(get.headers.get("content-disposition")).toBe(
      'attachment; filename="acme-backup-12.3.0-setup.exe"',
    );
  });

  it("refuses an expired presigned URL with 403 AccessDenied", async () => {
    const key = "releases/acme-backup/12.3.0/expired.txt";
    const body = new TextEncoder().encode("soon gone");
    await fetch(await presignPut(key, body, "text/plain"), { method: "PUT", body });
    const command = new GetObjectCommand({ Bucket: BUCKET, Key: key });
    // Signed two minutes ago for one minute: expired, without waiting in the test.
    const expired = await getSignedUrl(client, command, {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 120_000),
    });
    const response = await fetch(expired);
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(errorCode(text)).toBe("AccessDenied");
    expect(text).toContain("Request has expired");

    // An expired PUT is refused too, and writes nothing.
    const expiredPut = await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: BUCKET, Key: "attachments/late.txt", ContentLength: 4 }),
      { expiresIn: 60, signingDate: new Date(Date.now() - 120_000) },
    );
    expect((await fetch(expiredPut, { method: "PUT", body: "late" })).status).toBe(403);
    await expect(
      client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "attachments/late.txt" })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
  });

  it("honours If-None-Match: * on a presigned PUT, as S3's conditional writes do: 412 once the key exists", async () => {
    const key = "attachments/case-00000042/create-only";
    const url = await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentLength: 5, IfNoneMatch: "*" }),
      { expiresIn: 60 },
    );
    expect(new URL(url).searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;host;if-none-match");
    const put = (body: string, headers: Record<string, string> = { "if-none-match": "*" }) =>
      fetch(url, { method: "PUT", body, headers });

    expect((await put("first")).status).toBe(200);
    const again = await put("again");
    expect(again.status).toBe(412);
    expect(errorCode(await again.text())).toBe("PreconditionFailed");
    // Leaving the signed header out fails the signature, as in S3.
    const unsigned = await put("later", {});
    expect(unsigned.status).toBe(403);
    expect(errorCode(await unsigned.text())).toBe("SignatureDoesNotMatch");
    const kept = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(await kept.Body?.transformToString()).toBe("first");
  });

  it("lets only one of two racing create-only PUTs of a key win", async () => {
    const key = "attachments/case-00000042/raced";
    const body = randomBytes(512 * 1024);
    const url = await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentLength: body.byteLength, IfNoneMatch: "*" }),
      { expiresIn: 60 },
    );
    const statuses = await Promise.all(
      [1, 2, 3].map(
        async () => (await fetch(url, { method: "PUT", body, headers: { "if-none-match": "*" } })).status,
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200).every((status) => [409, 412].includes(status))).toBe(
      true,
    );
  });

  it("refuses an unknown access key id", async () => {
    const stranger = s3Client({ credentials: { accessKeyId: "AKIASTRANGER", secretAccessKey: "x" } });
    try {
      const url = await getSignedUrl(stranger, new GetObjectCommand({ Bucket: BUCKET, Key: "any" }), {
        expiresIn: 60,
      });
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect(errorCode(await response.text())).toBe("InvalidAccessKeyId");
    } finally {
      stranger.destroy();
    }
  });

  /**
   * What s3rver 3.7 does NOT check, unlike S3. Asserted so that a change of emulator shows up
   * here, and so nobody mistakes a green local run for proof of these rules: the SigV4
   * signature (any secret key, any X-Amz-Signature passes), the signed Content-Length,
   * and anonymous access (no bucket policy, no public access block).
   */
  describe("limits: what only real S3 enforces", () => {
    const key = "releases/acme-backup/12.3.0/limits.txt";
    const body = new TextEncoder().encode("limits");

    beforeAll(async () => {
      await fetch(await presignPut(key, body, "text/plain"), { method: "PUT", body });
    });

    it("does not verify SigV4 signatures: a wrong secret key or a forged signature is accepted", async () => {
      const wrongSecret = s3Client({
        credentials: { accessKeyId: LOCAL_AWS.credentials.accessKeyId, secretAccessKey: "not-the-secret" },
      });
      try {
        const url = await getSignedUrl(wrongSecret, new GetObjectCommand({ Bucket: BUCKET, Key: key }), {
          expiresIn: 60,
        });
        expect((await fetch(url)).status).toBe(200); // S3: 403 SignatureDoesNotMatch
      } finally {
        wrongSecret.destroy();
      }
      const forged = new URL(
        await getSignedUrl(client, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 60 }),
      );
      forged.searchParams.set("X-Amz-Signature", "0".repeat(64));
      expect((await fetch(forged)).status).toBe(200); // S3: 403 SignatureDoesNotMatch
    });

    it("does not enforce the signed Content-Length of a presigned PUT", async () => {
      const signedFor = new Uint8Array(4);
      const url = await presignPut("attachments/too-big.bin", signedFor, "application/octet-stream");
      expect(new URL(url).searchParams.get("X-Amz-SignedHeaders")).toContain("content-length");
      const larger = randomBytes(4096);
      const put = await fetch(url, { method: "PUT", body: larger });
      expect(put.status).toBe(200); // S3: 403 SignatureDoesNotMatch
      const head = await client.send(
        new HeadObjectCommand({ Bucket: BUCKET, Key: "attachments/too-big.bin" }),
      );
      expect(head.ContentLength).toBe(larger.byteLength);
    });

    it("serves unsigned requests: there is no access control at all", async () => {
      const response = await fetch(`${s3.endpoint}/${BUCKET}/${key}`);
      expect(response.status).toBe(200); // S3: 403 AccessDenied (public access blocked)
    });
  });

  it("answers a browser's CORS preflight for a presigned PUT from the configured origin only", async () => {
    const url = await presignPut("attachments/cors.txt", new Uint8Array(1), "text/plain");
    const preflight = (origin: string) =>
      fetch(url, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "PUT",
          "access-control-request-headers": "content-type",
        },
      });
    const allowed = await preflight(PORTAL);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("PUT");
    expect((await preflight("https://elsewhere.example")).status).toBe(403);
  });
});

describe("S3 client settings the Lambdas need", () => {
  const command = () =>
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: "attachments/x.txt",
      ContentType: "text/plain",
      ContentLength: 5,
    });

  it("takes its endpoint from AWS_ENDPOINT_URL_S3, like every other client here", async () => {
    const previous = process.env.AWS_ENDPOINT_URL_S3;
    process.env.AWS_ENDPOINT_URL_S3 = s3.endpoint;
    const fromEnvironment = new S3Client({ ...LOCAL_AWS, ...LAMBDA_STYLE });
    try {
      const url = await getSignedUrl(fromEnvironment, command(), { expiresIn: 60 });
      expect(url.startsWith(`${s3.endpoint}/${BUCKET}/attachments/x.txt?`)).toBe(true);
    } finally {
      fromEnvironment.destroy();
      if (previous === undefined) delete process.env.AWS_ENDPOINT_URL_S3;
      else process.env.AWS_ENDPOINT_URL_S3 = previous;
    }
  });

  it("needs forcePathStyle for a host name endpoint: only an IP literal gets path style by itself", async () => {
    const endpoint = s3.endpoint.replace("127.0.0.1", "localhost");
    const virtualHosted = new S3Client({ ...LOCAL_AWS, endpoint });
    const pathStyle = new S3Client({ ...LOCAL_AWS, endpoint, forcePathStyle: true });
    const byIp = new S3Client({ ...LOCAL_AWS, endpoint: s3.endpoint });
    try {
      expect(new URL(await getSignedUrl(virtualHosted, command())).host).toBe(
        `${BUCKET}.${new URL(endpoint).host}`,
      );
      expect(new URL(await getSignedUrl(pathStyle, command())).pathname).toBe(`/${BUCKET}/attachments/x.txt`);
      expect(new URL(await getSignedUrl(byIp, command())).pathname).toBe(`/${BUCKET}/attachments/x.txt`);
    } finally {
      for (const c of [virtualHosted, pathStyle, byIp]) c.destroy();
    }
  });

  it("keeps the SDK's default checksum out of presigned PUT URLs only with WHEN_REQUIRED", async () => {
    // With the default (WHEN_SUPPORTED) the URL carries the CRC32 of an empty body, which real
    // S3 holds the upload to; s3rver ignores it, so only this test can catch the setting.
    const defaults = new S3Client({ ...LOCAL_AWS, endpoint: s3.endpoint });
    try {
      const defaultUrl = new URL(await getSignedUrl(defaults, command()));
      expect(defaultUrl.searchParams.get("x-amz-checksum-crc32")).toBe("AAAAAA==");
      const lambdaUrl = new URL(await getSignedUrl(client, command()));
      expect([...lambdaUrl.searchParams.keys()].filter((name) => name.includes("checksum"))).toEqual([]);
    } finally {
      defaults.destroy();
    }
  });

  it("signs Content-Type only when asked to (signableHeaders), so S3 can hold the upload to it", async () => {
    const signedHeaders = async (options: Parameters<typeof getSignedUrl>[2]) =>
      new URL(await getSignedUrl(client, command(), options)).searchParams.get("X-Amz-SignedHeaders");
    expect(await signedHeaders({ expiresIn: 60 })).toBe("content-length;host");
    expect(await signedHeaders({ expiresIn: 60, signableHeaders: new Set(["content-type"]) })).toBe(
      "content-length;content-type;host",
    );
  });
});

describe("stop", () => {
  it("removes its temporary directory", async () => {
    const another = await startLocalS3({ port: await freePort(), bucketNames: ["scratch"] });
    expect(existsSync(join(another.directory, "scratch"))).toBe(true);
    await another.stop();
    expect(existsSync(another.directory)).toBe(false);
  });
});
