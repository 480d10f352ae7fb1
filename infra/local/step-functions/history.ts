import type { StateMachine } from "aws-local-stepfunctions";
import type { JsonValue, TaskInvoker, TaskObserver } from "./task-handlers";

/** aws-local-stepfunctions does not export its event type; take it from `run()`. */
type EventLog = ReturnType<StateMachine["run"]>["eventLogs"] extends AsyncGenerator<infer E> ? E : never;

/** One entry of GetExecutionHistory, AWS's HistoryEvent with a Date (the API turns it into epoch seconds). */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: Date;
  type: string;
  /** The `<something>EventDetails` member AWS puts on this event type, e.g. `stateEnteredEventDetails`. */
  details?: { key: string; value: Record<string, unknown> };
  /** Not part of AWS's shape: lets the readable view say which state an event belongs to. */
  stateName?: string;
}

export interface ExecutionFailure {
  error: string;
  cause: string;
}

interface Draft {
  timestamp: number;
  type: string;
  details?: HistoryEvent["details"];
  stateName?: string;
}

const REGION = "us-east-1";
// AWS emits <Type>StateAborted only for states that can be in progress when a stop arrives.
const ABORTABLE_STATE_TYPES = new Set(["Task", "Wait", "Map", "Parallel"]);

/**
 * Turns the runner's event log into AWS's execution history. Task events come from the task
 * handlers while the state runs, before the runner's own (asynchronously delivered) StateEntered
 * is read, so they wait in `pendingTask` until the state reports how it ended.
 */
export class HistoryRecorder implements TaskObserver {
  readonly events: HistoryEvent[] = [];
  /** Set by the stop request before aborting, so ExecutionAborted carries them like in AWS. */
  abortReason: Partial<ExecutionFailure> = {};
  /** The ExecutionFailed details, once the execution failed. */
  failure: ExecutionFailure | undefined;
  private pendingTask: Draft[] = [];
  private openState: { name: string; type: string } | undefined;
  private lastTaskResource = new Map<string, TaskInvoker>();
  private closed = false;

  constructor(private readonly roleArn: string) {}

  record(event: EventLog): void {
    switch (event.type) {
      case "ExecutionStarted":
        this.add(event.timestamp, "ExecutionStarted", "executionStartedEventDetails", {
          input: json(event.input),
          inputDetails: { truncated: false },
          roleArn: this.roleArn,
        });
        break;
      case "StateEntered":
        this.stateEntered(event.timestamp, event.state.name, event.state.type, event.state.input);
        break;
      case "StateFailed":
        this.stateFailed(event.timestamp, event.state.name, event.state.type, event.Error, event.Cause);
        break;
      case "StateExited":
        this.stateExited(event.timestamp, event.state.name, event.state.type, event.state.output ?? null);
        break;
      case "ExecutionSucceeded":
        this.close(event.timestamp, "ExecutionSucceeded", "executionSucceededEventDetails", {
          output: json(event.output),
          outputDetails: { truncated: false },
        });
        break;
      case "ExecutionFailed":
        this.failure = { error: event.Error, cause: causeText(event.Cause) };
        this.close(event.timestamp, "ExecutionFailed", "executionFailedEventDetails", { ...this.failure });
        break;
      case "ExecutionAborted":
        this.aborted(event.timestamp);
        break;
      case "ExecutionTimeout":
        this.close(event.timestamp, "ExecutionTimedOut", "executionTimedOutEventDetails", {
          error: "States.Timeout",
          cause: "The execution ran longer than the state machine's TimeoutSeconds.",
        });
        break;
      default:
        // StateRetried/StateCaught and Map/Parallel bookkeeping have no AWS history event of their own.
        break;
    }
  }

  taskScheduled(stateName: string, invoker: TaskInvoker, parameters: JsonValue): void {
    if (this.closed) return;
    this.lastTaskResource.set(stateName, invoker);
    const resource = { resourceType: invoker.resourceType, resource: invoker.resource };
    const now = Date.now();
    this.pendingTask.push(
      draft(
        now,
        "TaskScheduled",
        "taskScheduledEventDetails",
        {
          ...resource,
          region: REGION,
          parameters: json(parameters),
        },
        stateName,
      ),
      draft(now, "TaskStarted", "taskStartedEventDetails", resource, stateName),
    );
  }

  taskSucceeded(stateName: string, invoker: TaskInvoker, output: JsonValue): void {
    if (this.closed) return;
    this.pendingTask.push(
      draft(
        Date.now(),
        "TaskSucceeded",
        "taskSucceededEventDetails",
        {
          resourceType: invoker.resourceType,
          resource: invoker.resource,
          output: json(output),
          outputDetails: { truncated: false },
        },
        stateName,
      ),
    );
  }

  taskFailed(stateName: string, invoker: TaskInvoker, failure: Error): void {
    if (this.closed) return;
    this.pendingTask.push(
      draft(
        Date.now(),
        "TaskFailed",
        "taskFailedEventDetails",
        {
          resourceType: invoker.resourceType,
          resource: invoker.resource,
          error: failure.name,
          cause: failure.message,
        },
        stateName,
      ),
    );
  }

  private stateEntered(timestamp: number, name: string, type: string, input: JsonValue): void {
    this.openState = { name, type };
    const details = { name, input: json(input), inputDetails: { truncated: false } };
    this.add(timestamp, `${type}StateEntered`, "stateEnteredEventDetails", details, name);
  }

  private stateExited(timestamp: number, name: string, type: string, output: JsonValue): void {
    this.flushTask();
    this.openState = undefined;
    const details = { name, output: json(output), outputDetails: { truncated: false } };
    this.add(timestamp, `${type}StateExited`, "stateExitedEventDetails", details, name);
  }

  private stateFailed(timestamp: number, name: string, type: string, error: string, cause: unknown): void {
    if (type !== "Task") return; // Other states' failures surface as ExecutionFailed.
    this.flushTask();
    const invoker = this.lastTaskResource.get(name);
    if (error === "States.Timeout" && invoker) {
      this.add(
        timestamp,
        "TaskTimedOut",
        "taskTimedOutEventDetails",
        {
          resourceType: invoker.resourceType,
          resource: invoker.resource,
          error,
          cause: causeText(cause),
        },
        name,
      );
    }
  }

  private aborted(timestamp: number): void {
    this.flushTask();
    if (this.openState && ABORTABLE_STATE_TYPES.has(this.openState.type)) {
      this.add(timestamp, `${this.openState.type}StateAborted`, undefined, undefined, this.openState.name);
    }
    this.close(timestamp, "ExecutionAborted", "executionAbortedEventDetails", { ...this.abortReason });
  }

  private flushTask(): void {
    for (const pending of this.pendingTask) this.push(pending);
    this.pendingTask = [];
  }

  private close(timestamp: number, type: string, key: string, value: Record<string, unknown>): void {
    this.add(timestamp, type, key, value);
    this.closed = true;
  }

  private add(
    timestamp: number,
    type: string,
    key?: string,
    value?: Record<string, unknown>,
    stateName?: string,
  ): void {
    if (this.closed) return;
    this.push(draft(timestamp, type, key, value, stateName));
  }

  private push(event: Draft): void {
    const id = this.events.length + 1;
    this.events.push({
      id,
      previousEventId: id - 1,
      timestamp: new Date(event.timestamp),
      type: event.type,
      details: event.details,
      stateName: event.stateName,
    });
  }
}

function draft(
  timestamp: number,
  type: string,
  key?: string,
  value?: Record<string, unknown>,
  stateName?: string,
): Draft {
  return { timestamp, type, details: key && value ? { key, value } : undefined, stateName };
}

/** Step Functions hands inputs and outputs over as JSON text. */
function json(value: JsonValue): string {
  return JSON.stringify(value);
}

function causeText(cause: unknown): string {
  return typeof cause === "string" ? cause : JSON.stringify(cause);
}
