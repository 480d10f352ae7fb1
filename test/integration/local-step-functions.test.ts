import { readFile } from "node:fs/promises";
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { CreateEmailTemplateCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FOLLOW_UP_ATTRIBUTES as A,
  FOLLOW_UP_CLAIM,
  followUpExecutionName,
} from "#domain/follow-up-protocol";
import { type Emulator, LOCAL_AWS } from "#infra/local/aws";
import { startDynamoDbLocal } from "#infra/local/dynamodb/emulator";
import { freePort } from "#infra/local/ports";
import { startLocalSes } from "#infra/local/ses/emulator";
import { type LocalStepFunctions, startLocalStepFunctions } from "#infra/local/step-functions/server";
import { fromRepositoryRoot } from "#infra/repository";
import { FOLLOW_UP_DEFINITION_FILE } from "#infra/state-machines";

const DEFINITION_FILE = fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE);
const TABLE = "local-step-functions-test";
const STATE_MACHINE = "case-follow-up";
const FOLLOW_UP_DAY_SECONDS = 0.1;
/** Waits of 3 + 3 + 4 days at 0.1 s a day: a full run takes about a second. */
const FULL_RUN_MS = 10 * FOLLOW_UP_DAY_SECONDS * 1000;
/** What the shared test stack uses too (test/global-setup.ts). */
const RETRY_SCALE = 0.01;

let dynamoDb: Emulator;
let ses: Emulator;
let stepFunctions: LocalStepFunctions;
let ddb: DynamoDBClient;
let sfn: SFNClient;

beforeAll(async () => {
  [dynamoDb, ses] = await Promise.all([
    startDynamoDbLocal(await freePort()),
    startLocalSes(await freePort()),
  ]);
  ddb = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamoDb.endpoint });
  await ddb.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
      AttributeDefinitions: [
        { AttributeName: "pk", AttributeType: "S" },
        { AttributeName: "sk", AttributeType: "S" },
      ],
    }),
  );
  const sesClient = new SESv2Client({ ...LOCAL_AWS, endpoint: ses.endpoint });
  for (const [name, subject] of [
    ["case-reply-en", "Case {{caseNumber}}: our reply"],
    ["case-follow-up-1-en", "Case {{caseNumber}}: are you still there?"],
    ["case-follow-up-2-en", "Case {{caseNumber}}: are you still there? (2)"],
    ["case-follow-up-3-en", "Case {{caseNumber}}: are you still there? (last)"],
  ] as const) {
    await sesClient.send(
      new CreateEmailTemplateCommand({
        TemplateName: name,
        TemplateContent: { Subject: subject, Text: `About case {{caseNumber}}.` },
      }),
    );
  }
  sesClient.destroy();
  stepFunctions = await startStepFunctions(ses.endpoint);
  sfn = new SFNClient({ ...LOCAL_AWS, endpoint: stepFunctions.endpoint });
}, 60_000);

afterAll(async () => {
  sfn?.destroy();
  ddb?.destroy();
  await stepFunctions?.close();
  await Promise.all([dynamoDb?.stop(), ses?.stop()]);
});

function startStepFunctions(sesEndpoint: string, retryIntervalScale?: number) {
  return startLocalStepFunctions({
    port: 0,
    definitionFile: DEFINITION_FILE,
    stateMachineName: STATE_MACHINE,
    substitutions: {
      TableName: TABLE,
      SenderAddress: "support@example.com",
      ConfigurationSetName: "support-center",
    },
    followUpDaySeconds: FOLLOW_UP_DAY_SECONDS,
    retryIntervalScale,
    dynamodbEndpoint: dynamoDb.endpoint,
    sesEndpoint,
  });
}

describe("local Step Functions endpoint running case-follow-up.asl.json", () => {
  it("sends the reply and three follow-ups, then marks the case as not answered", async () => {
    const caseNumber = "00000001";
    await putCase(caseNumber);
    const executionArn = await start(caseNumber);

    const done = await finished(executionArn);

    expect(done.status).toBe("SUCCEEDED");
    expect(await endState(executionArn)).toBe("Follow-ups complete");
    const mails = await mailsTo(caseNumber);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Case 00000001: our reply",
      "Case 00000001: are you still there?",
      "Case 00000001: are you still there? (2)",
      "Case 00000001: are you still there? (last)",
    ]);
    const item = await caseItem(caseNumber);
    expect(item.followUpsSent).toBe("3");
    expect(item.status).toBe("no_customer_response");
    // $$.State.EnteredTime is a live getter: the third claim is stamped ~10 scaled days after the start.
    const sinceStart = Date.parse(item.lastFollowUpAt ?? "") - (done.startDate?.getTime() ?? 0);
    expect(sinceStart).toBeGreaterThanOrEqual(FULL_RUN_MS * 0.9);
  });

  it("answers a repeated StartExecution like a Standard workflow", async () => {
    const caseNumber = "00000002";
    await putCase(caseNumber);
    const name = executionName(caseNumber);
    const sameInput = input(caseNumber);
    const first = await sfn.send(startCommand(name, sameInput));
    const again = await sfn.send(startCommand(name, sameInput));

    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate).toEqual(first.startDate);
    expect(first.executionArn).toBe(
      `arn:aws:states:us-east-1:000000000000:execution:${STATE_MACHINE}:${name}`,
    );
    await expect(sfn.send(startCommand(name, input(caseNumber, { replyId: "2" })))).rejects.toMatchObject({
      name: "ExecutionAlreadyExists",
    });

    await sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
    await expect(sfn.send(startCommand(name, sameInput))).rejects.toMatchObject({
      name: "ExecutionAlreadyExists",
    });
    await expect(sfn.send(startCommand("not a valid name!", input(caseNumber)))).rejects.toMatchObject({
      name: "InvalidName",
    });
    await expect(sfn.send(startCommand(`${name}-bad-input`, "{not json"))).rejects.toMatchObject({
      name: "InvalidExecutionInput",
    });
  });

  it("ends quietly when the customer answered after the first follow-up", async () => {
    const caseNumber = "00000003";
    await putCase(caseNumber);
    const executionArn = await start(caseNumber);

    await eventually("the first follow-up", async () =>
      (await mailsTo(caseNumber)).length === 2 ? true : undefined,
    );
    await customerAnswered(caseNumber);
    const done = await finished(executionArn);

    expect(done.status).toBe("SUCCEEDED");
    expect(await endState(executionArn)).toBe("No longer waiting on this reply");
    const history = await historyOf(executionArn);
    const claimFailure = history.find((event) => event.type === "TaskFailed");
    expect(claimFailure?.taskFailedEventDetails).toMatchObject({
      resourceType: "dynamodb",
      resource: "updateItem",
      error: "DynamoDB.ConditionalCheckFailedException",
    });
    expect(await mailsTo(caseNumber)).toHaveLength(2);
    expect((await caseItem(caseNumber)).followUpsSent).toBe("1");
  });

  it("aborts an execution on StopExecution, before any follow-up", async () => {
    const caseNumber = "00000004";
    await putCase(caseNumber);
    const executionArn = await start(caseNumber);
    await eventually("the first wait", async () =>
      (await historyOf(executionArn)).some((event) => event.type === "WaitStateEntered") ? true : undefined,
    );

    const stop = await sfn.send(
      new StopExecutionCommand({ executionArn, error: "CustomerReplied", cause: "The customer answered." }),
    );
    const stopped = await describeExecution(executionArn);

    expect(stop.stopDate).toBeInstanceOf(Date);
    expect(stopped).toMatchObject({
      status: "ABORTED",
      error: "CustomerReplied",
      cause: "The customer answered.",
    });
    const history = await historyOf(executionArn);
    expect(history.slice(-2).map((event) => event.type)).toEqual(["WaitStateAborted", "ExecutionAborted"]);
    expect(history.at(-1)?.executionAbortedEventDetails).toEqual({
      error: "CustomerReplied",
      cause: "The customer answered.",
    });
    // Stopping a closed execution is a no-op that succeeds.
    const again = await sfn.send(new StopExecutionCommand({ executionArn }));
    expect(again.stopDate).toEqual(stopped.stopDate);

    await sleep(FULL_RUN_MS + 300);
    expect(await mailsTo(caseNumber)).toHaveLength(1);
    expect((await caseItem(caseNumber)).followUpsSent).toBe("0");
  });

  it("sends nothing after the case changed even when the stop request is lost", async () => {
    const caseNumber = "00000005";
    await putCase(caseNumber);
    const executionArn = await start(caseNumber);
    await eventually("the reply e-mail", async () =>
      (await mailsTo(caseNumber)).length === 1 ? true : undefined,
    );

    await customerAnswered(caseNumber);
    stepFunctions.loseStopRequests(`case-${caseNumber}-`);
    await sfn.send(new StopExecutionCommand({ executionArn }));
    expect((await describeExecution(executionArn)).status).toBe("RUNNING");
    const done = await finished(executionArn);

    expect(done.status).toBe("SUCCEEDED");
    expect(await endState(executionArn)).toBe("No longer waiting on this reply");
    expect(await mailsTo(caseNumber)).toHaveLength(1);
    expect((await caseItem(caseNumber)).followUpsSent).toBe("0");
  });

  it("serves ListExecutions, DescribeExecution and GetExecutionHistory in the shapes the SDK parses", async () => {
    const stateMachineArn = stepFunctions.stateMachineArn;
    const all = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    const executions = all.executions ?? [];
    expect(executions.map((execution) => execution.name)).toEqual([
      executionName("00000005"),
      executionName("00000004"),
      executionName("00000003"),
      executionName("00000002"),
      executionName("00000001"),
    ]);
    expect(executions[0]?.startDate).toBeInstanceOf(Date);
    expect(executions[0]?.stopDate).toBeInstanceOf(Date);
    const aborted = await sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: "ABORTED" }));
    expect(aborted.executions?.map((execution) => execution.name)).toEqual([
      executionName("00000004"),
      executionName("00000002"),
    ]);
    const firstPage = await sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 3 }));
    const secondPage = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn, maxResults: 3, nextToken: firstPage.nextToken }),
    );
    expect([...(firstPage.executions ?? []), ...(secondPage.executions ?? [])].map((e) => e.name)).toEqual(
      executions.map((execution) => execution.name),
    );
    expect(secondPage.nextToken).toBeUndefined();

    const executionArn = executions[4]?.executionArn ?? "";
    const described = await describeExecution(executionArn);
    expect(described).toMatchObject({
      status: "SUCCEEDED",
      stateMachineArn,
      name: executionName("00000001"),
    });
    expect(described.startDate).toBeInstanceOf(Date);
    expect(JSON.parse(described.input ?? "")).toMatchObject({ caseNumber: "00000001" });
    expect(JSON.parse(described.output ?? "")).toMatchObject({ caseNumber: "00000001" });

    const history = await historyOf(executionArn);
    expect(history[0]).toMatchObject({ id: 1, previousEventId: 0, type: "ExecutionStarted" });
    expect(history[0]?.timestamp).toBeInstanceOf(Date);
    expect(JSON.parse(history[0]?.executionStartedEventDetails?.input ?? "")).toMatchObject({ replyId: "1" });
    const task = ["TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited"];
    const wait = ["WaitStateEntered", "WaitStateExited"];
    expect(history.map((event) => event.type)).toEqual([
      "ExecutionStarted",
      ...task, // reply
      ...wait,
      ...task,
      ...task, // follow-up 1
      ...wait,
      ...task,
      ...task, // follow-up 2
      ...wait,
      ...task,
      ...task, // follow-up 3
      ...task, // mark no response
      "SucceedStateEntered",
      "SucceedStateExited",
      "ExecutionSucceeded",
    ]);
    expect(history[1]?.stateEnteredEventDetails?.name).toBe("Send support reply");
    expect(history[2]?.taskScheduledEventDetails).toMatchObject({
      resourceType: "aws-sdk:sesv2",
      resource: "sendEmail",
    });
    expect(JSON.parse(history[2]?.taskScheduledEventDetails?.parameters ?? "")).toMatchObject({
      FromEmailAddress: "support@example.com",
      ConfigurationSetName: "support-center",
      Destination: { ToAddresses: [customerEmail("00000001")] },
      Content: { Template: { TemplateName: "case-reply-en" } },
    });
    expect(history.slice(-3).map((event) => event.type)).toEqual([
      "SucceedStateEntered",
      "SucceedStateExited",
      "ExecutionSucceeded",
    ]);
    expect(history.at(-3)?.stateEnteredEventDetails?.name).toBe("Follow-ups complete");

    const reversed = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 4 }),
    );
    expect(reversed.events?.map((event) => event.id)).toEqual(
      history
        .slice(-4)
        .reverse()
        .map((event) => event.id),
    );
    const pagedIds: number[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5, nextToken }));
      pagedIds.push(...(page.events ?? []).map((event) => event.id ?? 0));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(pagedIds).toEqual(history.map((event) => event.id));

    await expect(
      describeExecution(`arn:aws:states:us-east-1:000000000000:execution:${STATE_MACHINE}:nope`),
    ).rejects.toMatchObject({ name: "ExecutionDoesNotExist" });
    const unknown = await fetch(stepFunctions.endpoint, {
      method: "POST",
      headers: { "x-amz-target": "AWSStepFunctions.Nope", "content-type": "application/x-amz-json-1.0" },
      body: "{}",
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ __type: "UnknownOperationException" });
  });

  it("describes its state machine with the definition loaded from the file, as the console reads it", async () => {
    const { stateMachineArn } = stepFunctions;
    const listed = await sfn.send(new ListStateMachinesCommand({}));
    expect(listed.stateMachines).toEqual([
      { stateMachineArn, name: STATE_MACHINE, type: "STANDARD", creationDate: expect.any(Date) },
    ]);
    const machine = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
    expect(machine).toMatchObject({
      stateMachineArn,
      name: STATE_MACHINE,
      status: "ACTIVE",
      type: "STANDARD",
    });
    const definition = JSON.parse(machine.definition ?? "");
    const file = JSON.parse(await readFile(DEFINITION_FILE, "utf8"));
    expect(Object.keys(definition.States)).toEqual(Object.keys(file.States));
    expect(definition.States["Wait 3 days"]).toEqual(file.States["Wait 3 days"]);
    // Substitutions are filled in, as CDK's definitionSubstitutions leave the deployed definition.
    expect(definition.States["Claim follow-up 1"].Parameters.TableName).toBe(TABLE);

    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 1 }));
    const forExecution = await sfn.send(
      new DescribeStateMachineForExecutionCommand({ executionArn: executions[0]?.executionArn }),
    );
    expect(forExecution).toMatchObject({
      stateMachineArn,
      name: STATE_MACHINE,
      definition: machine.definition,
    });
    expect(forExecution.updateDate).toBeInstanceOf(Date);
    await expect(
      sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${stateMachineArn}-nope` })),
    ).rejects.toMatchObject({ name: "StateMachineDoesNotExist" });
    await expect(
      sfn.send(
        new DescribeStateMachineForExecutionCommand({
          executionArn: `arn:aws:states:us-east-1:000000000000:execution:${STATE_MACHINE}:nope`,
        }),
      ),
    ).rejects.toMatchObject({ name: "ExecutionDoesNotExist" });
  });

  it("shows executions to people at GET /executions", async () => {
    if (process.env.SFN_DUMP)
      console.log(
        await (await fetch(`${stepFunctions.endpoint}/executions/${executionName("00000003")}`)).text(),
      );
    const list = (await (await fetch(`${stepFunctions.endpoint}/executions`)).json()) as {
      executions: { name: string; status: string }[];
    };
    expect(list.executions[0]).toMatchObject({ name: executionName("00000005"), status: "SUCCEEDED" });
    const one = (await (
      await fetch(`${stepFunctions.endpoint}/executions/${executionName("00000004")}`)
    ).json()) as {
      status: string;
      history: { type: string; state?: string }[];
    };
    expect(one.status).toBe("ABORTED");
    expect(one.history).toContainEqual(
      expect.objectContaining({ type: "WaitStateEntered", state: "Wait 3 days" }),
    );
  });

  describe("with e-mail failing", () => {
    let failingSes: Emulator;
    let failing: LocalStepFunctions;

    beforeAll(async () => {
      failingSes = await startLocalSes(await freePort());
      // Retry pauses of 5 s, 15 s, 45 s (IntervalSeconds 5, BackoffRate 3) become 50, 150, 450 ms.
      failing = await startStepFunctions(failingSes.endpoint, RETRY_SCALE);
    });

    afterAll(async () => {
      await failing?.close();
    });

    it("names SES errors SesV2.<Exception> and records them on the case", async () => {
      const caseNumber = "00000006";
      await putCase(caseNumber);
      const client = new SFNClient({ ...LOCAL_AWS, endpoint: failing.endpoint });
      const { executionArn = "" } = await client.send(
        startCommand(executionName(caseNumber), input(caseNumber, { language: "xx" })),
      );

      const done = await finished(executionArn, client);
      client.destroy();

      expect(done).toMatchObject({ status: "FAILED", error: "FollowUpEmailFailed" });
      const failure = (await caseItem(caseNumber)).followUpFailure;
      expect(failure?.error).toBe("SesV2.NotFoundException");
      expect(failure?.cause).toContain("Service: SesV2");
    });

    it("retries with backoff, then fails the execution and records the failure when SES is down", async () => {
      const caseNumber = "00000007";
      await putCase(caseNumber);
      const client = new SFNClient({ ...LOCAL_AWS, endpoint: failing.endpoint });
      const { executionArn = "" } = await client.send(
        startCommand(executionName(caseNumber), input(caseNumber)),
      );
      await eventually("the reply e-mail", async () =>
        (await mailsTo(caseNumber)).length === 1 ? true : undefined,
      );

      await failingSes.stop();
      const done = await finished(executionArn, client);
      const history = await historyOf(executionArn, client);
      client.destroy();

      expect(done).toMatchObject({ status: "FAILED", error: "FollowUpEmailFailed" });
      const sendFollowUp = history.slice(
        history.findIndex((event) => event.stateEnteredEventDetails?.name === "Send follow-up 1"),
        history.findIndex((event) => event.stateExitedEventDetails?.name === "Send follow-up 1") + 1,
      );
      // The first try and three retries (States.TaskFailed, MaxAttempts 3), then caught.
      const attempt = ["TaskScheduled", "TaskStarted", "TaskFailed"];
      expect(sendFollowUp.map((event) => event.type)).toEqual([
        "TaskStateEntered",
        ...attempt,
        ...attempt,
        ...attempt,
        ...attempt,
        "TaskStateExited",
      ]);
      expect(sendFollowUp[3]?.taskFailedEventDetails?.error).toBe("States.TaskFailed");
      // Each pause (a failure to the next attempt) is at least IntervalSeconds × BackoffRate^n, scaled:
      // the backoff of the ASL's States.TaskFailed retrier, not an evenly spaced retry.
      const failedAt = sendFollowUp.filter((e) => e.type === "TaskFailed").map((e) => e.timestamp!.getTime());
      const scheduledAt = sendFollowUp
        .filter((e) => e.type === "TaskScheduled")
        .map((e) => e.timestamp!.getTime());
      const pauses = scheduledAt.slice(1).map((at, n) => at - (failedAt[n] ?? 0));
      const expected = [5, 15, 45].map((seconds) => seconds * 1000 * RETRY_SCALE);
      pauses.forEach((pause, n) => {
        // Timers may fire a millisecond early.
        expect(pause).toBeGreaterThanOrEqual((expected[n] ?? 0) - 2);
      });
      expect(pauses[2]! - pauses[0]!).toBeGreaterThanOrEqual(expected[2]! - expected[0]! - 20);
      expect(history.at(-2)?.type).toBe("FailStateEntered");
      expect(history.at(-1)?.executionFailedEventDetails).toMatchObject({ error: "FollowUpEmailFailed" });
      const item = await caseItem(caseNumber);
      expect(item.followUpsSent).toBe("1");
      expect(item.followUpFailure).toMatchObject({ replyId: "1", error: "States.TaskFailed" });
    });

    describe("with retry pauses long enough to stop in between", () => {
      let pausing: LocalStepFunctions;
      let client: SFNClient;

      beforeAll(async () => {
        // Nothing listens on this port, so the reply fails; its first retry pause is 5 s * 0.1 = 500 ms.
        pausing = await startStepFunctions(`http://127.0.0.1:${await freePort()}`, 0.1);
        client = new SFNClient({ ...LOCAL_AWS, endpoint: pausing.endpoint });
      });

      afterAll(async () => {
        client?.destroy();
        await pausing?.close();
      });

      async function startAndAwaitFirstFailure(caseNumber: string): Promise<string> {
        await putCase(caseNumber);
        const { executionArn = "" } = await client.send(
          startCommand(executionName(caseNumber), input(caseNumber)),
        );
        await eventually("the first failed attempt", async () =>
          (await historyOf(executionArn, client)).some((event) => event.type === "TaskFailed")
            ? true
            : undefined,
        );
        return executionArn;
      }

      it("does not run the task again after a stop cut its retry pause short", async () => {
        const caseNumber = "00000008";
        const executionArn = await startAndAwaitFirstFailure(caseNumber);

        await client.send(new StopExecutionCommand({ executionArn }));
        await sleep(300);

        const history = await historyOf(executionArn, client);
        expect(history.filter((event) => event.type === "TaskScheduled")).toHaveLength(1);
        expect(history.slice(-2).map((event) => event.type)).toEqual([
          "TaskStateAborted",
          "ExecutionAborted",
        ]);
        expect((await caseItem(caseNumber)).followUpFailure).toBeUndefined();
      });

      it("aborts running executions on close() without failing them", async () => {
        const caseNumber = "00000009";
        const executionArn = await startAndAwaitFirstFailure(caseNumber);

        await pausing.close();
        await sleep(300);

        expect((await caseItem(caseNumber)).followUpFailure).toBeUndefined();
        await expect(describeExecution(executionArn, client)).rejects.toThrow();
      });
    });
  });
});

// ---- helpers ----

const executionName = (caseNumber: string) => followUpExecutionName(caseNumber, "1");
const customerEmail = (caseNumber: string) => `customer-${caseNumber}@example.com`;

function input(caseNumber: string, overrides: { replyId?: string; language?: string } = {}): string {
  const data = JSON.stringify({ caseNumber, vendorName: "Example Software" });
  return JSON.stringify({
    caseNumber,
    replyId: overrides.replyId ?? "1",
    repliedAt: new Date().toISOString(),
    customerEmail: customerEmail(caseNumber),
    replyTo: `case+${caseNumber}.0123456789abcdef@reply.example`,
    language: overrides.language ?? "en",
    caseKey: { pk: { S: `CASE#${caseNumber}` }, sk: { S: "CASE" } },
    email: { replyData: data, followUpData: data },
  });
}

function startCommand(name: string, executionInput: string) {
  return new StartExecutionCommand({
    stateMachineArn: stepFunctions.stateMachineArn,
    name,
    input: executionInput,
  });
}

async function start(caseNumber: string): Promise<string> {
  const { executionArn } = await sfn.send(startCommand(executionName(caseNumber), input(caseNumber)));
  return executionArn ?? "";
}

function describeExecution(executionArn: string, client = sfn): Promise<DescribeExecutionCommandOutput> {
  return client.send(new DescribeExecutionCommand({ executionArn }));
}

async function finished(executionArn: string, client = sfn): Promise<DescribeExecutionCommandOutput> {
  return eventually("the execution to end", async () => {
    const execution = await describeExecution(executionArn, client);
    return execution.status === "RUNNING" ? undefined : execution;
  });
}

async function historyOf(executionArn: string, client = sfn): Promise<HistoryEvent[]> {
  const { events = [] } = await client.send(
    new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }),
  );
  return events;
}

async function endState(executionArn: string): Promise<string | undefined> {
  const history = await historyOf(executionArn);
  return history.findLast((event) => event.type === "SucceedStateEntered")?.stateEnteredEventDetails?.name;
}

async function putCase(caseNumber: string): Promise<void> {
  await ddb.send(
    new PutItemCommand({
      TableName: TABLE,
      Item: {
        pk: { S: `CASE#${caseNumber}` },
        sk: { S: "CASE" },
        [A.status]: { S: FOLLOW_UP_CLAIM.awaitingStatus },
        [A.awaitingReplyId]: { S: "1" },
        [A.followUpsSent]: { N: "0" },
      },
    }),
  );
}

/** What the product does when the customer answers: the case goes back to support. */
async function customerAnswered(caseNumber: string): Promise<void> {
  await ddb.send(
    new UpdateItemCommand({
      TableName: TABLE,
      Key: { pk: { S: `CASE#${caseNumber}` }, sk: { S: "CASE" } },
      UpdateExpression: "SET #status = :support",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":support": { S: "awaiting_support" } },
    }),
  );
}

interface CaseView {
  status?: string;
  followUpsSent?: string;
  lastFollowUpAt?: string;
  followUpFailure?: Record<string, string | undefined>;
}

async function caseItem(caseNumber: string): Promise<CaseView> {
  const { Item } = await ddb.send(
    new GetItemCommand({
      TableName: TABLE,
      Key: { pk: { S: `CASE#${caseNumber}` }, sk: { S: "CASE" } },
      ConsistentRead: true,
    }),
  );
  const failure = Item?.[A.followUpFailure]?.M;
  return {
    status: Item?.[A.status]?.S,
    followUpsSent: Item?.[A.followUpsSent]?.N,
    lastFollowUpAt: Item?.[A.lastFollowUpAt]?.S,
    followUpFailure:
      failure && Object.fromEntries(Object.entries(failure).map(([key, value]) => [key, value.S])),
  };
}

interface StoredMail {
  subject: string;
  destination: { to: string[] };
}

/** Every SES emulator in this process shares one store, so mails are told apart by recipient. */
async function mailsTo(caseNumber: string): Promise<StoredMail[]> {
  const store = (await (await fetch(`${ses.endpoint}/store`)).json()) as { emails: StoredMail[] };
  return store.emails.filter((mail) => mail.destination.to.includes(customerEmail(caseNumber)));
}

async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined) return value;
    await sleep(20);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
