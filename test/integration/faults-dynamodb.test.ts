import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_SETTINGS } from "#shared/client-settings";
import { SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from "#shared/problem";
import { VALID_CASE } from "../support/fixtures";
import type { TestUser } from "../support/local";
import { type PrivateStack, type RawAnswer, startPrivateStack } from "../support/private-stack";

/**
 * DynamoDB Local goes away under a running API (a private stack: breaking the shared one would
 * fail every other test file). While it is down, requests fail fast with 503 problem+json and a
 * Retry-After; while it hangs, they fail with 503 within the SDK's own bounds instead of
 * hanging; once it is back, the same containers (same SDK clients) serve again, with the data
 * that was there before.
 */

/** The functions' own client settings (2 s to connect, 3 s per request, 3 attempts). */
const CLIENT = {
  connectionTimeoutMs: CLIENT_SETTINGS.requestHandler.connectionTimeout,
  requestTimeoutMs: CLIENT_SETTINGS.requestHandler.requestTimeout,
  maxAttempts: CLIENT_SETTINGS.maxAttempts,
};
/** Two retries of the SDK's standard strategy wait at most 0.2 s + 0.4 s (full jitter); the rest is slack for a busy machine. */
const BACKOFF_ALLOWANCE_MS = 2_000;
/** Refused connections: every attempt fails at once, so the bound is the connection timeout per attempt. */
const DOWN_BOUND_MS = CLIENT.maxAttempts * CLIENT.connectionTimeoutMs + BACKOFF_ALLOWANCE_MS;
/** Accepted connections that never answer: every attempt waits out the request timeout. */
const HUNG_BOUND_MS = CLIENT.maxAttempts * CLIENT.requestTimeoutMs + BACKOFF_ALLOWANCE_MS;

let privateStack: PrivateStack;
let dataDirectory: string;
let customer: TestUser;
let agent: TestUser;
let caseNumber: string;
const figures: Record<string, string> = {};

/** The reads and writes a customer and an agent make, all at once. */
function requests() {
  const { api } = privateStack;
  return Promise.all([
    api("GET", `/cases/${caseNumber}`, { user: customer }),
    api("GET", "/cases", { user: customer }),
    api("POST", "/cases", { user: customer, json: VALID_CASE }),
    api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "Looking into it." } }),
    api("GET", "/queue", { user: agent }),
  ]);
}

function expectServiceUnavailable(answers: RawAnswer[], boundMs: number) {
  for (const answer of answers) {
    expect(answer.status, answer.text).toBe(503);
    expect(answer.contentType).toBe("application/problem+json");
    expect(answer.json).toMatchObject({
      type: expect.stringMatching(/service-unavailable$/),
      title: expect.any(String),
      detail: expect.any(String),
      status: 503,
    });
    expect(answer.headers["retry-after"]).toBe(String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS));
    expect(answer.elapsedMs).toBeLessThan(boundMs);
  }
}

const slowest = (answers: RawAnswer[]) => Math.max(...answers.map((a) => a.elapsedMs));

beforeAll(async () => {
  // On disk, so that a restart is a restart and not a new, empty database.
  dataDirectory = await mkdtemp(join(tmpdir(), "dynamodb-fault-"));
  privateStack = await startPrivateStack({ dynamodbDataDirectory: dataDirectory, streamConsumer: false });
  [customer, agent] = await Promise.all([
    privateStack.newUser(["customer"]),
    privateStack.newUser(["agent"]),
  ]);
  const opened = await privateStack.api("POST", "/cases", { user: customer, json: VALID_CASE });
  expect(opened.status, opened.text).toBe(201);
  caseNumber = String((opened.json as { caseNumber: unknown }).caseNumber);
}, 120_000);

afterAll(async () => {
  if (Object.keys(figures).length > 0) console.log(`DynamoDB Local faults: ${JSON.stringify(figures)}`);
  privateStack?.stack.dynamodbLocal.thaw();
  await privateStack?.stop();
  if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
});

describe("DynamoDB Local restarted under a running API", () => {
  it("answers 503 problem+json with Retry-After at once while it is down, then serves again with the data it had", async () => {
    // Prepare: the API works and has warm connections to DynamoDB.
    expect((await privateStack.api("GET", `/cases/${caseNumber}`, { user: customer })).status).toBe(200);

    // Act: the process goes away.
    await privateStack.stack.dynamodbLocal.stop();
    const down = await requests();

    // Assess: refused connections become 503s, not 500s, and quickly.
    expectServiceUnavailable(down, DOWN_BOUND_MS);
    figures["down: slowest 503 (ms)"] = slowest(down).toFixed(0);

    // Act: it comes back on the same port.
    const restartStarted = performance.now();
    await privateStack.stack.dynamodbLocal.start();
    figures["restart (ms)"] = (performance.now() - restartStarted).toFixed(0);
    const back = await requests();

    // Assess: the first requests after the restart succeed, on the same clients, with the old data.
    expect(back.map((answer) => answer.status)).toEqual([200, 200, 201, 201, 200]);
    expect(back[0]?.json).toMatchObject({ caseNumber });
    figures["back: slowest answer (ms)"] = slowest(back).toFixed(0);
  }, 60_000);

  it("answers 503 within the SDK's timeouts, not never, while it accepts connections but does not answer", async () => {
    // Act: the process hangs (suspended): the kernel still accepts connections, nothing answers.
    privateStack.stack.dynamodbLocal.freeze();
    let hung: RawAnswer[];
    try {
      hung = await requests();
    } finally {
      privateStack.stack.dynamodbLocal.thaw();
    }

    // Assess: every attempt times out (requestTimeout), and the retries end in a 503.
    expectServiceUnavailable(hung, HUNG_BOUND_MS);
    figures["hung: slowest 503 (ms)"] = slowest(hung).toFixed(0);

    const back = await privateStack.api("GET", `/cases/${caseNumber}`, { user: customer });
    expect(back.status).toBe(200);
  }, 60_000);
});
