import { randomUUID } from "node:crypto";
import { Agent } from "node:http";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, paginateScan } from "@aws-sdk/lib-dynamodb";
import type { ApiClient } from "#client/api";
import { LOCAL_AWS } from "#infra/local/aws";
import { signToken } from "#infra/local/cognito/identity";
import { createConfirmedUser } from "#infra/local/demo-data";
import { type LocalStack, type LocalStackOptions, startLocalStack } from "#infra/local/stack";
import type { Group } from "#shared/caller";
import { checkedClient, type RawAnswer, type RawCall, type RequestOptions, rawCaller } from "./checked-api";
import type { TestUser } from "./local";

export type { RawAnswer, RequestOptions };

/**
 * A whole local stack of its own, started inside one test file's worker (vitest runs each file
 * in its own process with its own module graph). `startLocalStack` points this process's
 * environment at the private emulators, and the gateway imports the handlers on first use, so
 * the in-process handlers of this worker talk to the private table only. Tests that must own
 * every write to the table (the fuzz test's "no write on a 4xx") or break an emulator on
 * purpose (fault tests) use it; everything else shares the global stack.
 *
 * Import nothing that creates AWS clients from the environment (functions/**) before `start`.
 */
export interface PrivateStack {
  stack: LocalStack;
  /** A document client on the private DynamoDB Local (its endpoint given, not taken from the environment). */
  db: DynamoDBDocumentClient;
  /** A token-only user (no Cognito account), as `newUser` of the shared stack. */
  newUser(groups?: Group[]): Promise<TestUser>;
  /** A real, confirmed Cognito user in `groups`, signed in through the API. */
  realUser(groups: Group[], password?: string): Promise<TestUser>;
  /** The typed client of the private stack's API, every answer checked against openapi.json. */
  client: ApiClient;
  /** Any request, through that client. */
  api: RawCall;
  /** Every item of the table, in key order (a Scan: fine on a test table). */
  scanTable(): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

const STRONG_PASSWORD = "Backup#Restore2026";

/** Starts the private stack; the options are those of `startLocalStack` (a follow-up day lasts an hour by default). */
export async function startPrivateStack(options: Partial<LocalStackOptions> = {}): Promise<PrivateStack> {
  // Handlers log every refusal at INFO; a private stack serves thousands of them.
  process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
  const stack = await startLocalStack({ followUpDaySeconds: 3600, ...options });
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_AWS, endpoint: stack.dynamodbUrl }));
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  const client = checkedClient(stack.apiUrl);
  // One keep-alive agent for the thousands of requests of a fuzz run.
  const api = rawCaller(client, stack.apiUrl, agent);

  return {
    stack,
    db,
    async newUser(groups: Group[] = ["customer"]) {
      const id = randomUUID();
      const email = `${groups[0]}-${id.slice(0, 8)}@example.com`;
      return { id, email, token: await signToken(stack.identity, { sub: id, email, groups }) };
    },
    async realUser(groups: Group[], password = STRONG_PASSWORD) {
      const email = `${groups[0]}-${randomUUID().slice(0, 8)}@example.com`;
      await createConfirmedUser(stack, { email, password, firstName: "Test", lastName: "User", groups });
      const session = await api("POST", "/sessions", { json: { email, password } });
      const token = (session.json as { idToken?: unknown } | undefined)?.idToken;
      if (session.status !== 200 || typeof token !== "string")
        throw new Error(`signing in ${email} failed: ${session.status} ${session.text}`);
      const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
        sub: string;
      };
      return { id: claims.sub, email, token };
    },
    client,
    api,
    async scanTable() {
      const items: Record<string, unknown>[] = [];
      for await (const page of paginateScan(
        { client: db },
        { TableName: stack.tableName, ConsistentRead: true },
      )) {
        items.push(...(page.Items ?? []));
      }
      const key = (item: Record<string, unknown>) => `${String(item.pk)}\u0000${String(item.sk)}`;
      return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    },
    async stop() {
      agent.destroy();
      db.destroy();
      await stack.stop();
    },
  };
}
