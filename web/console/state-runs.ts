/**
 * What happened to each state of one execution, read from its GetExecutionHistory events as the
 * Step Functions console reads them. Pure.
 */

/** An event as the JSON 1.0 protocol carries it (timestamps in epoch seconds). */
export interface WireHistoryEvent {
  id: number;
  previousEventId?: number;
  timestamp: number;
  type: string;
  stateEnteredEventDetails?: { name: string; input?: string };
  stateExitedEventDetails?: { name: string; output?: string };
  [details: string]: unknown;
}

export type ExecutionStatus =
  | "RUNNING"
  | "SUCCEEDED"
  | "FAILED"
  | "TIMED_OUT"
  | "ABORTED"
  | "PENDING_REDRIVE";

/**
 * The console's colours: not reached, in progress, succeeded, failed, caught (the state failed and
 * a Catch moved on), aborted (the execution was stopped while in it: the console's "cancelled").
 */
export type StateStatus = "not-reached" | "in-progress" | "succeeded" | "failed" | "caught" | "aborted";

export const STATE_STATUSES: readonly StateStatus[] = [
  "not-reached",
  "in-progress",
  "succeeded",
  "failed",
  "caught",
  "aborted",
];

export interface StateRun {
  status: Exclude<StateStatus, "not-reached">;
  /** JSON text as the history carries it. */
  input?: string;
  output?: string;
  enteredAt: number;
  exitedAt?: number;
  /** The last error of its task, when it failed or was caught. */
  error?: { error?: string; cause?: string };
}

export interface ExecutionReading {
  /** The last visit of each state that was entered. */
  runs: Map<string, StateRun>;
  /** The state each event belongs to (events outside any state have none). */
  stateOfEvent: Map<number, string>;
}

const FAILURE_TYPES = new Set(["TaskFailed", "TaskTimedOut", "LambdaFunctionFailed", "ActivityFailed"]);
const SUCCESS_TYPES = new Set(["TaskSucceeded", "LambdaFunctionSucceeded", "ActivitySucceeded"]);

export function readHistory(events: readonly WireHistoryEvent[], status: ExecutionStatus): ExecutionReading {
  const runs = new Map<string, StateRun>();
  const stateOfEvent = new Map<number, string>();
  let open: { name: string; run: StateRun; lastTaskFailed: boolean } | undefined;
  for (const event of events) {
    const entered = event.stateEnteredEventDetails;
    if (entered) {
      const run: StateRun = { status: "in-progress", input: entered.input, enteredAt: event.timestamp };
      runs.set(entered.name, run);
      open = { name: entered.name, run, lastTaskFailed: false };
    }
    // The execution's own events (ExecutionAborted…) belong to no state, even while one is open.
    if (!open || event.type.startsWith("Execution")) continue;
    stateOfEvent.set(event.id, open.name);
    if (FAILURE_TYPES.has(event.type)) {
      open.lastTaskFailed = true;
      open.run.error = failureOf(event);
    } else if (SUCCESS_TYPES.has(event.type)) {
      open.lastTaskFailed = false;
      open.run.error = undefined;
    }
    const exited = event.stateExitedEventDetails;
    if (exited && exited.name === open.name) {
      open.run.status = open.lastTaskFailed ? "caught" : "succeeded";
      open.run.output = exited.output;
      open.run.exitedAt = event.timestamp;
      open = undefined;
    }
  }
  // A state still open when the execution ended is where it ended.
  if (open) open.run.status = endedIn(status);
  return { runs, stateOfEvent };
}

function endedIn(status: ExecutionStatus): StateRun["status"] {
  switch (status) {
    case "RUNNING":
      return "in-progress";
    case "ABORTED":
      return "aborted";
    case "SUCCEEDED":
      return "succeeded";
    default:
      return "failed";
  }
}

function failureOf(event: WireHistoryEvent): StateRun["error"] {
  const details = Object.entries(event).find(([key]) => key.endsWith("EventDetails"))?.[1];
  if (!details || typeof details !== "object") return {};
  const { error, cause } = details as { error?: unknown; cause?: unknown };
  return {
    ...(typeof error === "string" ? { error } : {}),
    ...(typeof cause === "string" ? { cause } : {}),
  };
}

export function statusOf(reading: ExecutionReading, stateName: string): StateStatus {
  return reading.runs.get(stateName)?.status ?? "not-reached";
}
