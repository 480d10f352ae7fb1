import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SFNClient,
} from "@aws-sdk/client-sfn";
import { followUpExecutionArn, followUpExecutionName } from "#domain/follow-up-protocol";
import { LOCAL_AWS } from "#infra/local/aws";
import { type BenchUser, onCase, openCase } from "./api-client";

export interface FollowUpRun {
  status: string;
  seconds: number;
  /** Every event of the execution history. */
  events: number;
  /** StateEntered events: what Standard workflows bill as state transitions. */
  statesEntered: number;
  taskStates: number;
  /** The states entered, in order. */
  path: string[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitUntilClosed(sfn: SFNClient, executionArn: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let execution: DescribeExecutionCommandOutput | undefined;
    try {
      execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    } catch (error) {
      if (!(error instanceof Error && error.name === "ExecutionDoesNotExist")) throw error;
    }
    if (execution && execution.status !== "RUNNING") return execution;
    if (Date.now() > deadline) throw new Error(`${executionArn} still not finished after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * One follow-up sequence from an agent's reply to its end (the customer never answers: the
 * reply, three follow-ups, "no response"), counted from the execution history.
 */
export async function runFollowUpExecution(options: {
  customer: BenchUser;
  agent: BenchUser;
  stepFunctionsUrl: string;
  stateMachineArn: string;
  timeoutMs: number;
}): Promise<FollowUpRun> {
  const { customer, agent } = options;
  const caseNumber = await openCase(customer);
  const reply = await agent.api.POST("/cases/{number}/replies", {
    ...onCase(caseNumber),
    body: { message: "Please update to build 4711." },
  });
  const replyId = reply.data && "replyId" in reply.data ? reply.data.replyId : undefined;
  if (!replyId) throw new Error(`the agent's reply answered ${reply.response.status}`);
  const executionArn = followUpExecutionArn(
    options.stateMachineArn,
    followUpExecutionName(caseNumber, replyId),
  );
  const sfn = new SFNClient({ ...LOCAL_AWS, endpoint: options.stepFunctionsUrl });
  try {
    const execution = await waitUntilClosed(sfn, executionArn, options.timeoutMs);
    const events: HistoryEvent[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(
        new GetExecutionHistoryCommand({ executionArn, nextToken, maxResults: 1000 }),
      );
      events.push(...(page.events ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    const entered = events.filter((e) => e.type?.endsWith("StateEntered"));
    const started = execution.startDate?.getTime() ?? 0;
    const stopped = execution.stopDate?.getTime() ?? started;
    return {
      status: execution.status ?? "UNKNOWN",
      seconds: (stopped - started) / 1000,
      events: events.length,
      statesEntered: entered.length,
      taskStates: events.filter((e) => e.type === "TaskStateEntered").length,
      path: entered.map((e) => e.stateEnteredEventDetails?.name ?? "?"),
    };
  } finally {
    sfn.destroy();
  }
}
