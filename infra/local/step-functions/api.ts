import * as z from "zod/mini";
import { isStatesArn } from "./arns";
import { SfnApiError } from "./errors";
import type { Execution, ExecutionRegistry } from "./executions";
import type { HistoryEvent } from "./history";

/** The AWS Step Functions JSON 1.0 protocol: `X-Amz-Target: AWSStepFunctions.<Operation>`, JSON in and out. */
export const TARGET_PREFIX = "AWSStepFunctions.";
export const CONTENT_TYPE = "application/x-amz-json-1.0";

export interface ApiResponse {
  status: number;
  body: object;
}

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

const arn = z.string().check(z.minLength(1), z.maxLength(2048));
// AWS treats 0 (and absence) as "use the default page size".
const maxResults = z.optional(z.int().check(z.gte(0), z.lte(MAX_PAGE_SIZE)));
const nextToken = z.optional(z.string().check(z.minLength(1), z.maxLength(1024)));
const status = z.enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]);

const StartExecutionInput = z.object({
  stateMachineArn: arn,
  name: z.string(),
  input: z.optional(z.string()),
  traceHeader: z.optional(z.string()),
});
const StopExecutionInput = z.object({
  executionArn: arn,
  error: z.optional(z.string().check(z.maxLength(256))),
  cause: z.optional(z.string().check(z.maxLength(32_768))),
});
const DescribeExecutionInput = z.object({ executionArn: arn });
const ListExecutionsInput = z.object({
  stateMachineArn: arn,
  statusFilter: z.optional(status),
  maxResults,
  nextToken,
});
const GetExecutionHistoryInput = z.object({
  executionArn: arn,
  maxResults,
  reverseOrder: z.optional(z.boolean()),
  nextToken,
});
const StateMachineInput = z.object({ stateMachineArn: arn });
const ListStateMachinesInput = z.object({ maxResults, nextToken });
/** Pagination tokens are opaque to callers; ours remember where the last page ended and what it was a page of. */
const PageToken = z.object({ scope: z.string(), after: z.number() });

/** The endpoint's state machines: each call finds the one it is about by ARN. */
export interface StateMachines {
  all(): ExecutionRegistry[];
  /** The state machine of an ARN (InvalidArn, StateMachineDoesNotExist otherwise). */
  byArn(stateMachineArn: string): ExecutionRegistry;
  /** The state machine an execution ARN names (ExecutionDoesNotExist when none). */
  forExecution(executionArn: string): ExecutionRegistry;
}

/** One registry per state machine, found by its ARN or by the machine name inside an execution ARN. */
export function stateMachines(registries: ExecutionRegistry[]): StateMachines {
  return {
    all: () => registries,
    byArn(arn) {
      if (!isStatesArn(arn)) throw new SfnApiError("InvalidArn", `Invalid Arn: '${arn}'`);
      const registry = registries.find((r) => r.stateMachineArn === arn);
      if (!registry)
        throw new SfnApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
      return registry;
    },
    forExecution(arn) {
      const machineName = executionArnOf(arn).split(":")[6];
      const registry = registries.find((r) => r.stateMachineName === machineName);
      if (!registry) throw new SfnApiError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
      return registry;
    },
  };
}

type Operation = (body: unknown, machines: StateMachines) => Promise<object> | object;

const OPERATIONS: Record<string, Operation> = {
  StartExecution(body, machines) {
    const request = parse(StartExecutionInput, body);
    const registry = machines.byArn(request.stateMachineArn);
    const execution = registry.start(request.name, request.input ?? "{}");
    return { executionArn: execution.executionArn, startDate: epochSeconds(execution.startDate) };
  },
  async StopExecution(body, machines) {
    const request = parse(StopExecutionInput, body);
    const registry = machines.forExecution(request.executionArn);
    const stopDate = await registry.stop(executionArnOf(request.executionArn), request.error, request.cause);
    return { stopDate: epochSeconds(stopDate) };
  },
  DescribeExecution(body, machines) {
    const request = parse(DescribeExecutionInput, body);
    const registry = machines.forExecution(request.executionArn);
    return describe(registry.get(executionArnOf(request.executionArn)), registry.stateMachineArn);
  },
  ListExecutions(body, machines) {
    const request = parse(ListExecutionsInput, body);
    const registry = machines.byArn(request.stateMachineArn);
    const scope = `${request.stateMachineArn}|${request.statusFilter ?? ""}`;
    const after = readToken(request.nextToken, scope);
    // PENDING_REDRIVE never happens locally; the filter is valid and simply matches nothing.
    const all = request.statusFilter === "PENDING_REDRIVE" ? [] : registry.list(request.statusFilter);
    const page = paginate(
      all.filter((execution) => after === undefined || execution.sequence < after),
      pageSize(request.maxResults),
    );
    return {
      executions: page.items.map((execution) => summary(execution, registry.stateMachineArn)),
      nextToken: page.last && writeToken(scope, page.last.sequence),
    };
  },
  // The console draws an execution's graph from these, as the AWS console does.
  ListStateMachines(body, machines) {
    const request = parse(ListStateMachinesInput, body);
    if (request.nextToken !== undefined) readToken(request.nextToken, "stateMachines");
    return {
      stateMachines: machines.all().map((registry) => ({ ...machineSummary(registry), type: "STANDARD" })),
    };
  },
  DescribeStateMachine(body, machines) {
    const request = parse(StateMachineInput, body);
    const registry = machines.byArn(request.stateMachineArn);
    return {
      ...machineSummary(registry),
      ...machineDefinition(registry),
      status: "ACTIVE",
      type: "STANDARD",
    };
  },
  DescribeStateMachineForExecution(body, machines) {
    const request = parse(DescribeExecutionInput, body);
    const registry = machines.forExecution(request.executionArn);
    registry.get(executionArnOf(request.executionArn));
    const { creationDate, ...machine } = machineSummary(registry);
    return { ...machine, ...machineDefinition(registry), updateDate: creationDate };
  },
  GetExecutionHistory(body, machines) {
    const request = parse(GetExecutionHistoryInput, body);
    const executionArn = executionArnOf(request.executionArn);
    const execution = machines.forExecution(executionArn).get(executionArn);
    const reverse = request.reverseOrder === true;
    const scope = `${executionArn}|${reverse}`;
    const after = readToken(request.nextToken, scope);
    const ordered = reverse ? [...execution.history].reverse() : [...execution.history];
    const remaining = ordered.filter(
      (event) => after === undefined || (reverse ? event.id < after : event.id > after),
    );
    const page = paginate(remaining, pageSize(request.maxResults));
    return { events: page.items.map(wireEvent), nextToken: page.last && writeToken(scope, page.last.id) };
  },
};

/** Answers one API call; every failure becomes a 400 with `__type`, as the SDK expects. */
export async function handleApiCall(
  target: string | undefined,
  rawBody: string,
  machines: StateMachines,
): Promise<ApiResponse> {
  try {
    const operation = target?.startsWith(TARGET_PREFIX)
      ? OPERATIONS[target.slice(TARGET_PREFIX.length)]
      : undefined;
    if (!operation)
      throw new SfnApiError("UnknownOperationException", `Unknown operation ${target ?? "(none)"}`);
    return { status: 200, body: await operation(parseBody(rawBody), machines) };
  } catch (error) {
    if (error instanceof SfnApiError)
      return { status: 400, body: { __type: error.type, message: error.message } };
    return { status: 500, body: { __type: "InternalError", message: String(error) } };
  }
}

function parseBody(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody === "" ? "{}" : rawBody);
  } catch {
    throw new SfnApiError("SerializationException", "The request body is not valid JSON");
  }
}

function parse<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `'${issue.path.join(".")}': ${issue.message}`);
  throw new SfnApiError(
    "ValidationException",
    `${problems.length} validation error(s) detected: ${problems.join("; ")}`,
  );
}

function executionArnOf(executionArn: string): string {
  if (!isStatesArn(executionArn)) throw new SfnApiError("InvalidArn", `Invalid Arn: '${executionArn}'`);
  return executionArn;
}

function pageSize(requested: number | undefined): number {
  return requested === undefined || requested === 0 ? DEFAULT_PAGE_SIZE : requested;
}

function paginate<T>(items: T[], size: number): { items: T[]; last: T | undefined } {
  const page = items.slice(0, size);
  return { items: page, last: items.length > size ? page.at(-1) : undefined };
}

function writeToken(scope: string, after: number): string {
  return Buffer.from(JSON.stringify({ scope, after })).toString("base64url");
}

function readToken(token: string | undefined, scope: string): number | undefined {
  if (token === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const parsed = PageToken.safeParse(decoded);
  if (!parsed.success || parsed.data.scope !== scope) {
    throw new SfnApiError("InvalidToken", "Invalid pagination token");
  }
  return parsed.data.after;
}

/** The SDK reads timestamps of this protocol as epoch seconds (fractions allowed). */
function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

function machineSummary(registry: ExecutionRegistry) {
  return {
    stateMachineArn: registry.stateMachineArn,
    name: registry.stateMachineName,
    creationDate: epochSeconds(registry.creationDate),
  };
}

function machineDefinition(registry: ExecutionRegistry) {
  return { definition: registry.definition, roleArn: registry.roleArn };
}

function summary(execution: Execution, stateMachineArn: string) {
  return {
    executionArn: execution.executionArn,
    stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: epochSeconds(execution.startDate),
    stopDate: execution.stopDate && epochSeconds(execution.stopDate),
  };
}

function describe(execution: Execution, stateMachineArn: string) {
  return {
    ...summary(execution, stateMachineArn),
    input: execution.input,
    inputDetails: { included: true },
    output: execution.output,
    outputDetails: execution.output === undefined ? undefined : { included: true },
    error: execution.error,
    cause: execution.cause,
  };
}

function wireEvent(event: HistoryEvent) {
  return {
    id: event.id,
    previousEventId: event.previousEventId,
    timestamp: epochSeconds(event.timestamp),
    type: event.type,
    ...(event.details && { [event.details.key]: event.details.value }),
  };
}
