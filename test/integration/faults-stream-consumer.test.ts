import { randomUUID } from "node:crypto";
import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_AWS } from "#infra/local/aws";
import { type StreamPoller, startStreamPoller } from "#infra/local/dynamodb/stream-poller";
import { createTable } from "#infra/local/dynamodb/table";
import { STREAM_CONSUMER_DELIVERY } from "#infra/stream-consumer-delivery";
import { eventually, sleep } from "../support/eventually";
import { failStartExecutionsOfCase, recordsOf, startFaultOfCase, streamFailures } from "../support/faults";
import {
  api,
  describeExecution,
  isClosed,
  mailsTo,
  newUser,
  openCase,
  stack,
  type TestUser,
  waitForExecution,
  waitForMails,
} from "../support/local";

const { retryAttempts, batchSize } = STREAM_CONSUMER_DELIVERY;
const ddb = new DynamoDBClient({ ...LOCAL_AWS, endpoint: stack.dynamodbUrl });
const pollers: StreamPoller[] = [];

afterAll(async () => {
  await Promise.all(pollers.map((poller) => poller.stop()));
  ddb.destroy();
});

/**
 * A fake consumer whose records say how it treats them: `ok`; `throw` (the invocation fails
 * whenever the batch holds it: a function error); `report` (always named in batchItemFailures);
 * `flaky-N` (named the first N times, then processed). Like the real one it stops at the first
 * record it cannot process.
 */
function fakeConsumer() {
  const batches: string[][] = [];
  const processed: string[] = [];
  const seen = new Map<string, number>();
  const idOf = (record: DynamoDBRecord) => record.dynamodb?.NewImage?.id?.S ?? "?";
  const behaviourOf = (record: DynamoDBRecord) => record.dynamodb?.NewImage?.behaviour?.S ?? "ok";
  async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
    batches.push(event.Records.map(idOf));
    if (event.Records.some((record) => behaviourOf(record) === "throw")) throw new Error("poison record");
    for (const record of event.Records) {
      const id = idOf(record);
      const behaviour = behaviourOf(record);
      const times = (seen.get(id) ?? 0) + 1;
      seen.set(id, times);
      const flaky = /^flaky-(\d+)$/.exec(behaviour);
      if (behaviour === "report" || (flaky && times <= Number(flaky[1]))) {
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? "" }] };
      }
      processed.push(id);
    }
    return { batchItemFailures: [] };
  }
  return { handler, batches, processed };
}

/**
 * A table of its own on the shared DynamoDB Local, filled before its poller starts, so the first
 * read from TRIM_HORIZON sees every record and the batches are exactly predictable.
 */
async function streamOf(behaviours: string[]): Promise<{ streamArn: string; ids: string[] }> {
  const tableName = `stream-faults-${randomUUID().slice(0, 8)}`;
  const streamArn = await createTable(stack.dynamodbUrl, tableName);
  const ids: string[] = [];
  for (const [index, behaviour] of behaviours.entries()) {
    const id = `r${index}`;
    ids.push(id);
    // A support reply event: what the deployed filter lets through to the consumer.
    await ddb.send(
      new PutItemCommand({
        TableName: tableName,
        Item: {
          pk: { S: "CASE#00000000" },
          sk: { S: `EVENT#${String(index).padStart(3, "0")}` },
          type: { S: "support-reply" },
          id: { S: id },
          behaviour: { S: behaviour },
        },
      }),
    );
  }
  return { streamArn, ids };
}

async function deliver(streamArn: string, consumer: ReturnType<typeof fakeConsumer>): Promise<StreamPoller> {
  const poller = await startStreamPoller({
    endpoint: stack.dynamodbUrl,
    streamArn,
    handler: consumer.handler,
    intervalMs: 20,
    retryDelayMs: 1,
  });
  pollers.push(poller);
  return poller;
}

async function settled(done: () => boolean): Promise<void> {
  await eventually("the stream to be delivered", async () => (done() ? true : undefined));
  await sleep(100); // nothing more arrives
}

describe("the local stream delivery, with the deployed settings", () => {
  it("uses the settings the CDK stack deploys", () => {
    expect(STREAM_CONSUMER_DELIVERY).toMatchObject({
      batchSize: 10,
      retryAttempts: 5,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
    });
  });

  it("isolates a record that makes the invocation fail by bisecting, retries it, then gives up on it alone", async () => {
    const behaviours = Array.from({ length: batchSize }, (_, i) => (i === 3 ? "throw" : "ok"));
    const { streamArn, ids } = await streamOf(behaviours);
    const consumer = fakeConsumer();
    const poller = await deliver(streamArn, consumer);

    await settled(() => poller.failures().length > 0 && consumer.processed.length === 9);

    // 10 → 5 → (3 ok) 2 → 1: splitting uses no retry; then r3 alone, 1 + retryAttempts times.
    expect(consumer.batches.map((batch) => batch.length)).toEqual([
      10,
      5,
      3,
      2,
      ...Array(1 + retryAttempts).fill(1),
      1,
      5,
    ]);
    expect(consumer.batches.filter((batch) => batch.length === 1 && batch[0] === "r3")).toHaveLength(
      1 + retryAttempts,
    );
    expect(consumer.processed).toEqual(ids.filter((id) => id !== "r3"));
    const [failure, ...others] = poller.failures();
    expect(others).toEqual([]);
    expect(failure).toMatchObject({
      requestContext: { condition: "RetryAttemptsExhausted", approximateInvokeCount: 1 + retryAttempts },
      responseContext: { functionError: "Unhandled" },
      version: "1.0",
      DDBStreamBatchInfo: { batchSize: 1, streamArn },
    });
    const [discarded] = await recordsOf(failure!);
    expect(discarded?.dynamodb?.NewImage?.id?.S).toBe("r3");
    expect(failure?.DDBStreamBatchInfo.endSequenceNumber).toBe(discarded?.dynamodb?.SequenceNumber);
  });

  it("retries from the record the consumer reports, then sends the rest of that batch to the failure destination", async () => {
    const { streamArn } = await streamOf(["ok", "ok", "report", "ok", "ok"]);
    const consumer = fakeConsumer();
    const poller = await deliver(streamArn, consumer);

    await settled(() => poller.failures().length > 0);

    expect(consumer.batches).toEqual([
      ["r0", "r1", "r2", "r3", "r4"],
      ...Array(retryAttempts).fill(["r2", "r3", "r4"]),
    ]);
    expect(consumer.processed).toEqual(["r0", "r1"]);
    const failure = poller.failures()[0]!;
    expect(failure.requestContext.approximateInvokeCount).toBe(1 + retryAttempts);
    expect(failure.responseContext.functionError).toBeUndefined();
    expect(failure.DDBStreamBatchInfo.batchSize).toBe(3);
    expect((await recordsOf(failure)).map((record) => record.dynamodb?.NewImage?.id?.S)).toEqual([
      "r2",
      "r3",
      "r4",
    ]);
  });

  it("retries a transient failure until it succeeds, sending nothing to the failure destination", async () => {
    const { streamArn, ids } = await streamOf(["ok", "flaky-2", "ok"]);
    const consumer = fakeConsumer();
    const poller = await deliver(streamArn, consumer);

    await settled(() => consumer.processed.length === 3);

    expect(consumer.batches).toEqual([ids, ["r1", "r2"], ["r1", "r2"]]);
    expect(consumer.processed).toEqual(ids);
    expect(poller.failures()).toEqual([]);
    expect(poller.stats()).toMatchObject({ invocations: 3, failedInvocations: 2, recordsDiscarded: 0 });
  });

  it("hands the consumer only records the deployed filters match, in batches of at most batchSize", async () => {
    const tableName = `stream-filters-${randomUUID().slice(0, 8)}`;
    const streamArn = await createTable(stack.dynamodbUrl, tableName);
    const put = (sk: string, type: string, id: string) =>
      ddb.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { pk: { S: "CASE#00000001" }, sk: { S: sk }, type: { S: type }, id: { S: id } },
        }),
      );
    await put("CASE", "case", "case-created"); // INSERT of a case: filtered out
    for (let i = 0; i < 12; i++) await put(`EVENT#${i}`, "support-reply", `reply-${i}`);
    await put("EVENT#note", "customer-note", "note"); // INSERT of another event: filtered out
    await ddb.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: "CASE#00000001" }, sk: { S: "CASE" } },
        UpdateExpression: "SET id = :id",
        ExpressionAttributeValues: { ":id": { S: "case-changed" } },
      }),
    );
    const consumer = fakeConsumer();
    const poller = await deliver(streamArn, consumer);

    await settled(() => consumer.processed.includes("case-changed"));

    expect(consumer.processed).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `reply-${i}`),
      "case-changed",
    ]);
    expect(consumer.batches.map((batch) => batch.length)).toEqual([10, 3]);
    expect(poller.stats()).toMatchObject({ recordsDelivered: 13, recordsFilteredOut: 2 });
  });

  it("holds records written while paused in the stream and delivers them, in order, once resumed", async () => {
    const tableName = `stream-pause-${randomUUID().slice(0, 8)}`;
    const streamArn = await createTable(stack.dynamodbUrl, tableName);
    const reply = (id: string) =>
      ddb.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            pk: { S: "CASE#00000002" },
            sk: { S: `EVENT#${id}` },
            type: { S: "support-reply" },
            id: { S: id },
          },
        }),
      );
    await reply("before");
    const consumer = fakeConsumer();
    const poller = await deliver(streamArn, consumer);
    await settled(() => consumer.processed.includes("before"));

    await poller.pause();
    const invocations = poller.stats().invocations;
    await reply("paused-1");
    await reply("paused-2");
    await sleep(200); // ten poll intervals
    expect(consumer.processed).toEqual(["before"]);
    expect(poller.stats().invocations).toBe(invocations);

    poller.resume();
    await settled(() => consumer.processed.includes("paused-2"));
    expect(consumer.processed).toEqual(["before", "paused-1", "paused-2"]);

    // Resumed and paused again at once: the loop, woken by the resume, must not poll first.
    await poller.pause();
    await reply("paused-again");
    poller.resume();
    await poller.pause();
    await sleep(200);
    expect(consumer.processed).not.toContain("paused-again");
    await poller.stop(); // while paused: ends, and delivers nothing more
    expect(consumer.processed).not.toContain("paused-again");
  });
});

async function agentReplies(agent: TestUser, caseNumber: string): Promise<string> {
  const answer = await api("POST", `/cases/${caseNumber}/replies`, {
    user: agent,
    json: { message: "Please update to build 4711." },
  });
  expect(answer.status).toBe(201);
  return String(answer.body.replyId);
}

describe("the follow-up consumer on the shared stack, when starting an execution fails", () => {
  it("retries the reply's record the configured number of times, then puts it in the failure destination", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await failStartExecutionsOfCase(caseNumber);

    const replyId = await agentReplies(agent, caseNumber);
    const ours = await eventually(
      "the reply's record in the failure destination",
      async () => {
        for (const failure of await streamFailures()) {
          const [first] = await recordsOf(failure);
          if (first?.dynamodb?.Keys?.pk?.S === `CASE#${caseNumber}`) return { failure, first };
        }
        return undefined;
      },
      { timeoutMs: 20_000 },
    );

    // The record an operator reads back from the stream is the reply that was never followed up.
    expect(ours.first.eventName).toBe("INSERT");
    expect(ours.first.dynamodb?.NewImage).toMatchObject({
      type: { S: "support-reply" },
      replyId: { S: replyId },
    });
    expect(ours.failure.requestContext).toMatchObject({
      condition: "RetryAttemptsExhausted",
      approximateInvokeCount: 1 + retryAttempts,
    });
    expect(ours.failure.DDBStreamBatchInfo.streamArn).toContain(`table/${stack.tableName}/stream/`);
    // One StartExecution per invocation: the SDK does not retry the refusal, the mapping does.
    expect(await startFaultOfCase(caseNumber)).toMatchObject({
      calls: 1 + retryAttempts,
      failed: 1 + retryAttempts,
    });
    expect(await describeExecution(caseNumber, replyId)).toBeUndefined();
    expect(await mailsTo(customer.email)).toEqual([]);
    const status = await fetch(`${stack.streamConsumerUrl}/`);
    expect(await status.json()).toMatchObject({
      delivery: { retryAttempts, batchSize, bisectBatchOnError: true, reportBatchItemFailures: true },
    });
  });

  it("lets the batch's other cases through when one case's record keeps failing", async () => {
    // The consumer itself, in this process, on a batch the test composes: a support reply on a
    // case whose executions cannot start, then one on another case.
    const { LOCAL_REPLY_ADDRESS_SECRET, LOCAL_REPLY_DOMAIN } = await import("#infra/local/stack");
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: stack.dynamodbUrl,
      AWS_ENDPOINT_URL_SFN: stack.stepFunctionsUrl,
      STATE_MACHINE_ARN: stack.stateMachineArn,
      TABLE_NAME: stack.tableName,
      VENDOR_NAME: "Acme Backup",
      REPLY_ADDRESS_SECRET: LOCAL_REPLY_ADDRESS_SECRET,
      REPLY_DOMAIN: LOCAL_REPLY_DOMAIN,
      PORTAL_URL: stack.portalUrl,
      POWERTOOLS_LOG_LEVEL: "CRITICAL",
    });
    const consumer = await import("#follow-up/stream-handler");
    const { lambdaContext } = await import("#infra/local/lambda-context");
    const [customer, other] = await Promise.all([newUser(), newUser()]);
    const [failing, fine] = [await openCase(customer), await openCase(other)];
    await failStartExecutionsOfCase(failing);
    const reply = (caseNumber: string, email: string, sequenceNumber: string): DynamoDBRecord => {
      const at = new Date().toISOString();
      const item = {
        pk: `CASE#${caseNumber}`,
        sk: `EVENT#${at}#reply-9`,
        eventId: "reply-9",
        caseNumber,
        type: "support-reply",
        at,
        actorId: "agent",
        message: "Please update to build 4711.",
        replyId: "9",
        customerEmail: email,
        language: "en",
        statusAfter: "awaiting_customer",
      };
      return {
        eventName: "INSERT",
        dynamodb: {
          SequenceNumber: sequenceNumber,
          Keys: { pk: { S: item.pk }, sk: { S: item.sk } },
          NewImage: Object.fromEntries(Object.entries(item).map(([k, v]) => [k, { S: v }])),
        },
      };
    };

    const answer = await consumer.handler(
      { Records: [reply(failing, customer.email, "901"), reply(fine, other.email, "902")] },
      lambdaContext("follow-up-stream-test"),
    );

    // The failing case's record is retried from; the other case's sequence has started already.
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: "901" }] });
    expect(await describeExecution(fine, "9")).toMatchObject({ status: "RUNNING" });
    expect(await describeExecution(failing, "9")).toBeUndefined();
    // A replay of the same batch (the mapping's retry) starts nothing twice.
    await consumer.handler(
      { Records: [reply(failing, customer.email, "901"), reply(fine, other.email, "902")] },
      lambdaContext("follow-up-stream-test"),
    );
    await waitForMails(other.email, 1);
    expect((await waitForExecution(fine, "9", isClosed)).status).toBe("SUCCEEDED");
    expect(await mailsTo(other.email)).toHaveLength(1);
  });

  it("retries a transient refusal and then starts the sequence, with nothing in the failure destination", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await failStartExecutionsOfCase(caseNumber, 2);

    const replyId = await agentReplies(agent, caseNumber);
    const execution = await waitForExecution(caseNumber, replyId);
    await waitForMails(customer.email, 1);

    expect(execution.status).toBe("RUNNING");
    expect(await startFaultOfCase(caseNumber)).toMatchObject({ calls: 3, failed: 2 });
    for (const failure of await streamFailures()) {
      const records = await recordsOf(failure);
      expect(records.map((record) => record.dynamodb?.Keys?.pk?.S)).not.toContain(`CASE#${caseNumber}`);
    }
    // The sequence runs as usual from here; stop it by answering, so it does not outlive the test.
    await api("POST", `/cases/${caseNumber}/notes`, { user: customer, json: { message: "Thanks, trying." } });
    expect((await waitForExecution(caseNumber, replyId, isClosed)).status).toBe("ABORTED");
  });
});
