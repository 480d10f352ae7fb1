import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type RequestListener, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCAL_AWS } from "../aws";
import { corsConfiguration, missingSignedHeaders } from "./rules";

/**
 * s3rver (a Koa app that keeps objects in a directory) is CommonJS without types; these are
 * the parts of it used here.
 */
interface S3rverOptions {
  directory: string;
  silent: boolean;
  configureBuckets: { name: string; configs?: string[] }[];
}
interface S3rverInstance {
  /** Creates the configured buckets (run() would too, but it crashes the process on EADDRINUSE). */
  configureBuckets(): Promise<unknown>;
  /** The Koa request listener. */
  callback(): RequestListener;
  logger: { close(): void };
}
interface S3rverAccount {
  createKeyPair(accessKeyId: string, secretAccessKey: string): void;
}

const require = createRequire(import.meta.url);
const S3rver = require("s3rver") as new (options: S3rverOptions) => S3rverInstance;
const { DUMMY_ACCOUNT } = require("s3rver/lib/models/account") as { DUMMY_ACCOUNT: S3rverAccount };

interface PutContext {
  params: { bucket: string; key: string };
  query: Record<string, string | string[] | undefined>;
  headers: Record<string, string | string[] | undefined>;
  store: { existsObject(bucket: string, key: string): Promise<boolean> };
}
const objects = require("s3rver/lib/controllers/object") as { putObject(ctx: PutContext): Promise<void> };
const S3Error = require("s3rver/lib/models/error") as new (
  code: string,
  message: string,
  detail?: Record<string, string>,
) => Error & { status: number };

/**
 * Two things S3 does on a PUT that s3rver does not, taught here after s3rver's own
 * authentication so that create-only upload URLs behave locally as they do in AWS:
 * - a presigned PUT lacking a header its signature covers fails the signature (403), so an
 *   `If-None-Match` that was signed cannot be left out (s3rver checks no signature at all);
 * - `If-None-Match: *` (conditional writes): 412 when the key exists, 409 while another
 *   conditional PUT of the key is in flight.
 */
const putObject = objects.putObject;
const creating = new Set<string>();

/** An object a PUT created, as an S3 ObjectCreated event notification tells it. */
export interface CreatedObject {
  bucket: string;
  key: string;
  size: number;
}
/** Per bucket: what S3's event notification would invoke (startLocalS3's `onObjectCreated`). */
const createdListeners = new Map<string, (object: CreatedObject) => void>();

/** After a successful PUT only, and without holding up its answer (S3 notifies asynchronously). */
function notifyCreated(ctx: PutContext): void {
  const { bucket, key } = ctx.params;
  const listener = createdListeners.get(bucket);
  if (!listener) return;
  const size = Number(ctx.headers["content-length"] ?? 0);
  setImmediate(() => listener({ bucket, key, size }));
}

objects.putObject = async function putObjectIfNoneMatch(ctx) {
  await putObjectChecked(ctx);
  notifyCreated(ctx);
};

async function putObjectChecked(ctx: PutContext): Promise<void> {
  const missing = missingSignedHeaders(ctx.query, ctx.headers);
  if (missing.length > 0) {
    throw new S3Error(
      "SignatureDoesNotMatch",
      `The request signature we calculated does not match the signature you provided (missing signed headers: ${missing.join(", ")}).`,
    );
  }
  if (ctx.headers["if-none-match"] !== "*") return putObject(ctx);
  const { bucket, key } = ctx.params;
  const id = `${bucket}/${key}`;
  if (creating.has(id)) {
    const conflict = new S3Error(
      "ConditionalRequestConflict",
      "A conflicting conditional operation is currently in progress against this resource.",
    );
    conflict.status = 409;
    throw conflict;
  }
  creating.add(id);
  try {
    if (await ctx.store.existsObject(bucket, key)) {
      throw new S3Error(
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold",
        {
          Condition: "If-None-Match",
        },
      );
    }
    await putObject(ctx);
  } finally {
    creating.delete(id);
  }
}

// s3rver knows one access key (S3RVER) and refuses any other with InvalidAccessKeyId; adding
// the local one lets every local client sign with LOCAL_AWS. (It does not check SigV4
// signatures themselves, only the key id and, for presigned URLs, the expiry.)
DUMMY_ACCOUNT.createKeyPair(LOCAL_AWS.credentials.accessKeyId, LOCAL_AWS.credentials.secretAccessKey);

export interface LocalS3Options {
  /** 0 picks a free one (the endpoint tells which). */
  port: number;
  /** Created empty at start. */
  bucketNames: string[];
  /** Browser origins allowed to PUT/GET/HEAD with presigned URLs, as the stack's CORS rule. */
  corsOrigins?: readonly string[];
  /** The buckets' ObjectCreated notification: called after each successful PUT, as S3 invokes a function. */
  onObjectCreated?: (object: CreatedObject) => void;
}

export interface LocalS3 {
  /** `http://127.0.0.1:<port>`: an IP literal, so SDK clients address buckets path-style. */
  endpoint: string;
  /** Where the objects are kept until `stop`. */
  directory: string;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1, rejecting (rather than throwing an 'error' event) when the port is taken. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/**
 * A local S3 (s3rver, in this process) on 127.0.0.1, keeping objects in a temporary directory
 * that `stop` removes. Clients use LOCAL_AWS credentials and path-style addressing.
 */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), "support-center-s3-"));
  const configs = options.corsOrigins?.length ? [corsConfiguration(options.corsOrigins)] : [];
  const server = new S3rver({
    directory,
    silent: true,
    configureBuckets: options.bucketNames.map((name) => ({ name, configs })),
  });
  const httpServer = createServer(server.callback());
  const { onObjectCreated } = options;
  if (onObjectCreated) for (const name of options.bucketNames) createdListeners.set(name, onObjectCreated);
  const release = () => {
    for (const name of options.bucketNames) createdListeners.delete(name);
    server.logger.close();
    rmSync(directory, { recursive: true, force: true });
  };
  let port: number;
  try {
    await server.configureBuckets();
    port = await listen(httpServer, options.port);
  } catch (error) {
    release();
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    async stop() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // Keep-alive connections (fetch keeps them) would hold close() open for seconds.
      httpServer.closeAllConnections();
      await closed;
      release();
    },
  };
}
