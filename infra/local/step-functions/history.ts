import type { StateMachine } from "aws-local-stepfunctions";
import { LOCAL_AWS } from "../aws";
import type { JsonValue, TaskAttemptObserver, TaskInvoker, TaskObserver } from "./task-handlers";

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

/** One call of a Task state's service: TaskScheduled, TaskStarted and, once known, its outcome. */
interface Attempt {
  invoker: TaskInvoker;
  events: Draft[];
  /** In the history already; an outcome arriving later (after a timeout or abort) is dropped. */
  flushed: boolean;
}

// AWS emits <Type>StateAborted only for states that can be in progress when a stop arrives.
const ABORTABLE_STATE_TYPES = new Set(["Task", "Wait", "Map", "Parallel"]);

/**
 * Turns the runner's event log into AWS's execution history. The runner's events are read
 * asynchronously, so they lag behind the task handlers, which report as they run: each call is
 * kept as an attempt, queued per state, and written when the runner's StateFailed/StateExited for
 * that state is read (the n-th such event of a state ends its n-th attempt).
 */
export class HistoryRecorder implements TaskObserver {
  readonly events: HistoryEvent[] = [];
  /** Set by the stop request before aborting, so ExecutionAborted carries them like in AWS. */
  abortReason: Partial<ExecutionFailure> = {};
  /** The ExecutionFailed details, once the execution failed. */
  failure: ExecutionFailure | undefined;
  private attempts = new Map<string, Attempt[]>();
  private openState: { name: string; type: string } | undefined;
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

  taskScheduled(stateName: string, invoker: TaskInvoker, parameters: JsonValue): TaskAttemptObserver {
    const resource = { resourceType: invoker.resourceType, resource: invoker.resource };
    const now = Date.now();
    const scheduled = { ...resource, region: LOCAL_AWS.region, parameters: json(parameters) };
    const attempt: Attempt = {
      invoker,
      flushed: false,
      events: [
        draft(now, "TaskScheduled", "taskScheduledEventDetails", scheduled, stateName),
        draft(now, "TaskStarted", "taskStartedEventDetails", resource, stateName),
      ],
    };
    const queue = this.attempts.get(stateName) ?? [];
    queue.push(attempt);
    this.attempts.set(stateName, queue);
    const outcome = (type: string, key: string, value: Record<string, unknown>) => {
      if (attempt.flushed) return;
      attempt.events.push(draft(Date.now(), type, key, { ...resource, ...value }, stateName));
    };
    return {
      succeeded: (output) =>
        outcome("TaskSucceeded", "taskSucceededEventDetails", {
          output: json(output),
          outputDetails: { truncated: false },
        }),
      failed: (failure) =>
        outcome("TaskFailed", "taskFailedEventDetails", { error: failure.name, cause: failure.message }),
    };
  }

  private stateEntered(timestamp: number, name: string, type: string, input: JsonValue): void {
    this.openState = { name, type };
    const details = { name, input: json(input), inputDetails: { truncated: false } };
    this.add(timestamp, `${type}StateEntered`, "stateEnteredEventDetails", details, name);
  }

  private stateExited(timestamp: number, name: string, type: string, output: JsonValue): void {
    // A state that caught its error already wrote the failed attempt at StateFailed.
    if (type === "Task") this.flushAttempt(name);
    this.openState = undefined;
    const details = { name, output: json(output), outputDetails: { truncated: false } };
    this.add(timestamp, `${type}StateExited`, "stateExitedEventDetails", details, name);
  }

  private stateFailed(timestamp: number, name: string, type: string, error: string, cause: unknown): void {
    if (type !== "Task") return; // Other states' failures surface as ExecutionFailed.
    const attempt = this.flushAttempt(name);
    if (error === "States.Timeout" && attempt) {
      const { resourceType, resource } = attempt.invoker;
      const details = { resourceType, resource, error, cause: causeText(cause) };
      this.add(timestamp, "TaskTimedOut", "taskTimedOutEventDetails", details, name);
    }
  }

  private aborted(timestamp: number): void {
    for (const name of this.attempts.keys()) while (this.flushAttempt(name));
    if (this.openState && ABORTABLE_STATE_TYPES.has(this.openState.type)) {
      this.add(timestamp, `${this.openState.type}StateAborted`, undefined, undefined, this.openState.name);
    }
    this.close(timestamp, "ExecutionAborted", "executionAbortedEventDetails", { ...this.abortReason });
  }

  private flushAttempt(stateName: string): Attempt | undefined {
    const attempt = this.attempts.get(stateName)?.shift();
    if (!attempt) return undefined;
    attempt.flushed = true;
    if (!this.closed) for (const event of attempt.events) this.push(event);
    return attempt;
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
