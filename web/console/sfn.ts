import type { AslDefinition } from "./asl-graph";
import type { ExecutionStatus, WireHistoryEvent } from "./state-runs";

/**
 * The Step Functions API as the AWS console calls it (JSON 1.0), through the local gateway's
 * proxy (infra/local/gateway/console-proxy.ts): the page sees exactly what the API answers.
 */
const ENDPOINT = "/console/sfn";

export class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExecutionSummary {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  /** Epoch seconds, as the protocol carries them. */
  startDate: number;
  stopDate?: number;
}

export interface ExecutionDescription extends ExecutionSummary {
  input?: string;
  output?: string;
  error?: string;
  cause?: string;
}

async function call<T>(operation: string, body: object): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.0",
      "x-amz-target": `AWSStepFunctions.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { __type?: string; message?: string };
  if (!response.ok) throw new SfnError(answer.__type ?? `HTTP ${response.status}`, answer.message ?? "");
  return answer as T;
}

/** Enough pages for any local run; the console says when there are more. */
const MAX_PAGES = 20;

async function allPages<T>(operation: string, body: object, items: (page: never) => T[]): Promise<T[]> {
  const found: T[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await call<{ nextToken?: string }>(operation, {
      ...body,
      ...(nextToken ? { nextToken } : {}),
    });
    found.push(...items(answer as never));
    nextToken = answer.nextToken;
    if (!nextToken) break;
  }
  return found;
}

/** The name of the follow-up state machine ends so, locally and in every stage in AWS. */
const FOLLOW_UP_MACHINE = "case-follow-up";

/** The follow-up state machine, by its name: the local endpoint also runs the release notices'. */
export async function followUpStateMachineArn(): Promise<string> {
  const { stateMachines } = await call<{ stateMachines: { stateMachineArn: string; name: string }[] }>(
    "ListStateMachines",
    {},
  );
  const arn = stateMachines.find((machine) => machine.name.endsWith(FOLLOW_UP_MACHINE))?.stateMachineArn;
  if (!arn) throw new SfnError("StateMachineDoesNotExist", "No state machine");
  return arn;
}

/** Newest first, as ListExecutions answers. */
export function listExecutions(
  stateMachineArn: string,
  status?: ExecutionStatus,
): Promise<ExecutionSummary[]> {
  return allPages(
    "ListExecutions",
    { stateMachineArn, maxResults: 1000, ...(status ? { statusFilter: status } : {}) },
    (page: { executions: ExecutionSummary[] }) => page.executions,
  );
}

export function describeExecution(executionArn: string): Promise<ExecutionDescription> {
  return call("DescribeExecution", { executionArn });
}

export async function definitionOf(executionArn: string): Promise<AslDefinition> {
  const { definition } = await call<{ definition: string }>("DescribeStateMachineForExecution", {
    executionArn,
  });
  return JSON.parse(definition) as AslDefinition;
}

export function historyOf(executionArn: string): Promise<WireHistoryEvent[]> {
  return allPages(
    "GetExecutionHistory",
    { executionArn, maxResults: 1000 },
    (page: { events: WireHistoryEvent[] }) => page.events,
  );
}

export async function stopExecution(executionArn: string): Promise<void> {
  await call("StopExecution", { executionArn, cause: "Stopped in the executions console." });
}
