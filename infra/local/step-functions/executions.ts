import { ExecutionTimeoutError, type StateMachine } from "aws-local-stepfunctions";
import { executionArn, roleArn, stateMachineArn } from "./arns";
import { ScaledRetries, type StateRetries, type WaitTimeOverrides } from "./definition";
import { SfnApiError } from "./errors";
import { type HistoryEvent, HistoryRecorder } from "./history";
import { type JsonValue, localTaskHandlers, type TaskInvoker, type TaskObserver } from "./task-handlers";

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

/** What DescribeExecution, ListExecutions and GetExecutionHistory read. */
export interface Execution {
  readonly sequence: number;
  readonly name: string;
  readonly executionArn: string;
  readonly input: string;
  readonly startDate: Date;
  readonly history: readonly HistoryEvent[];
  status: ExecutionStatus;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
}

/**
 * A test fault: StartExecution for names starting with `namePrefix` is refused with `error`, the
 * first `times` calls (every call when `times` is undefined). `calls` and `failed` count them.
 */
export interface StartFault {
  namePrefix: string;
  times?: number;
  error: string;
  calls: number;
  failed: number;
}

export interface MachineSetup {
  stateMachineName: string;
  /** The ASL as DescribeStateMachine returns it: JSON text, substitutions filled in. */
  definition: string;
  stateMachine: StateMachine;
  invokers: Record<string, TaskInvoker>;
  waitTimeOverrides: WaitTimeOverrides;
  retries: Map<string, StateRetries>;
  /** Scales every retry pause (1: the runner's own timing). */
  retryIntervalScale: number;
  log: (line: string) => void;
}

interface Entry {
  execution: Execution;
  recorder: HistoryRecorder;
  abort: () => void;
  /** Resolves once the run has ended and its whole event log is in the history. */
  settled: Promise<void>;
  /** The runner produced its result; an abort now would change nothing. */
  resultSettled: boolean;
  abortRequested: boolean;
}

const NAME = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_INPUT_BYTES = 256 * 1024;

/** All executions of the one state machine, in memory, run by aws-local-stepfunctions. */
export class ExecutionRegistry {
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly definition: string;
  readonly roleArn: string;
  /** When the endpoint started: the state machine's creation date to the API. */
  readonly creationDate = new Date();
  /** StopExecution for a name starting with one of these answers success but stops nothing (a lost stop request). */
  readonly lostStopPrefixes = new Set<string>();
  /** Failing StartExecution calls on purpose, per name prefix (see StartFault). */
  readonly startFaults = new Map<string, StartFault>();
  /** Wait durations of executions started from now on whose name starts with the key (a test hook). */
  readonly waitsByPrefix = new Map<string, WaitTimeOverrides>();
  private readonly entries = new Map<string, Entry>();
  private sequence = 0;

  constructor(private readonly setup: MachineSetup) {
    this.stateMachineArn = stateMachineArn(setup.stateMachineName);
    this.stateMachineName = setup.stateMachineName;
    this.definition = setup.definition;
    this.roleArn = roleArn(setup.stateMachineName);
  }

  /** Idempotent like a Standard workflow: same name and input while running returns the running execution. */
  start(name: string, input: string): Execution {
    if (!NAME.test(name)) {
      throw new SfnApiError("InvalidName", `Invalid Name: '${name}' (1-80 characters of A-Z a-z 0-9 - _)`);
    }
    this.injectStartFault(name);
    const arn = executionArn(this.setup.stateMachineName, name);
    const existing = this.entries.get(arn)?.execution;
    if (existing) {
      if (existing.status === "RUNNING" && existing.input === input) return existing;
      throw new SfnApiError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
    }
    const entry = this.run(name, arn, input, parseInput(input));
    this.entries.set(arn, entry);
    this.setup.log(`started ${name}`);
    return entry.execution;
  }

  /** Stopping a closed execution changes nothing and still succeeds, as in AWS. */
  async stop(arn: string, error?: string, cause?: string): Promise<Date> {
    const entry = this.entry(arn);
    const { execution } = entry;
    const lost = [...this.lostStopPrefixes].some((prefix) => execution.name.startsWith(prefix));
    if (lost && execution.status === "RUNNING") {
      this.setup.log(`dropped stop request for ${execution.name}`);
      return new Date();
    }
    if (execution.status !== "RUNNING" || entry.resultSettled || entry.abortRequested) {
      await entry.settled;
      return execution.stopDate ?? new Date();
    }
    this.abort(entry, { error, cause });
    await entry.settled;
    this.setup.log(`stopped ${execution.name}`);
    return execution.stopDate ?? new Date();
  }

  get(arn: string): Execution {
    return this.entry(arn).execution;
  }

  /** Newest first. */
  list(status?: ExecutionStatus): Execution[] {
    const executions = [...this.entries.values()].map((entry) => entry.execution);
    return executions
      .filter((execution) => status === undefined || execution.status === status)
      .sort((a, b) => b.sequence - a.sequence);
  }

  findByName(name: string): Execution | undefined {
    return this.entries.get(executionArn(this.setup.stateMachineName, name))?.execution;
  }

  /** Ends every running execution as ABORTED; the task guard keeps them from touching any service again. */
  async abortAll(cause: string): Promise<void> {
    const running = [...this.entries.values()].filter(
      (entry) => entry.execution.status === "RUNNING" && !entry.resultSettled,
    );
    for (const entry of running) this.abort(entry, { cause });
    await Promise.all([...this.entries.values()].map((entry) => entry.settled));
  }

  private waitsFor(name: string): WaitTimeOverrides {
    const prefix = [...this.waitsByPrefix.keys()].find((p) => name.startsWith(p));
    return (prefix && this.waitsByPrefix.get(prefix)) || this.setup.waitTimeOverrides;
  }

  private injectStartFault(name: string): void {
    const fault = [...this.startFaults.values()].find((f) => name.startsWith(f.namePrefix));
    if (!fault) return;
    fault.calls++;
    if (fault.times !== undefined && fault.failed >= fault.times) return;
    fault.failed++;
    this.setup.log(`refused StartExecution of ${name} (${fault.error}, injected failure ${fault.failed})`);
    throw new SfnApiError(fault.error, `Injected failure ${fault.failed} for StartExecution of '${name}'`);
  }

  private entry(arn: string): Entry {
    const entry = this.entries.get(arn);
    if (!entry) throw new SfnApiError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
    return entry;
  }

  private abort(entry: Entry, reason: { error?: string; cause?: string }): void {
    const { execution } = entry;
    entry.abortRequested = true;
    entry.recorder.abortReason = reason;
    // Recorded before the runner settles, so a DescribeExecution right after StopExecution says ABORTED.
    execution.status = "ABORTED";
    execution.stopDate = new Date();
    execution.error = reason.error;
    execution.cause = reason.cause;
    entry.abort();
  }

  private run(name: string, arn: string, input: string, parsedInput: JsonValue): Entry {
    const { setup } = this;
    const recorder = new HistoryRecorder(roleArn(setup.stateMachineName));
    const execution: Execution = {
      sequence: ++this.sequence,
      name,
      executionArn: arn,
      input,
      startDate: new Date(),
      history: recorder.events,
      status: "RUNNING",
    };
    const entry: Entry = {
      execution,
      recorder,
      abort: () => {},
      settled: Promise.resolve(),
      resultSettled: false,
      abortRequested: false,
    };
    const retries = new ScaledRetries(setup.retries, setup.retryIntervalScale);
    const observer: TaskObserver = {
      taskScheduled(stateName, invoker, parameters) {
        retries.attemptStarted(stateName);
        const attempt = recorder.taskScheduled(stateName, invoker, parameters);
        return {
          succeeded(output) {
            retries.attemptSucceeded(stateName);
            attempt.succeeded(output);
          },
          failed(failure) {
            retries.attemptFailed(stateName, failure);
            attempt.failed(failure);
          },
        };
      },
    };
    const run = setup.stateMachine.run(parsedInput, {
      overrides: {
        taskResourceLocalHandlers: localTaskHandlers(setup.invokers, observer, () => entry.abortRequested),
        waitTimeOverrides: this.waitsFor(name),
        ...(retries.overrides ? { retryIntervalOverrides: retries.overrides } : {}),
      },
      noThrowOnAbort: true,
      context: contextObject(setup.stateMachineName, execution),
    });
    entry.abort = run.abort;
    const result = run.result.finally(() => {
      entry.resultSettled = true;
    });
    const drained = (async () => {
      for await (const event of run.eventLogs) recorder.record(event);
    })();
    entry.settled = Promise.allSettled([result, drained]).then(([outcome]) => this.finish(entry, outcome));
    return entry;
  }

  private finish(entry: Entry, outcome: PromiseSettledResult<JsonValue>): void {
    const { execution, recorder } = entry;
    if (execution.status !== "RUNNING") return; // Already ABORTED by a stop.
    execution.stopDate = new Date();
    if (outcome.status === "fulfilled") {
      execution.status = "SUCCEEDED";
      execution.output = JSON.stringify(outcome.value);
    } else if (outcome.reason instanceof ExecutionTimeoutError) {
      execution.status = "TIMED_OUT";
      execution.error = "States.Timeout";
    } else {
      execution.status = "FAILED";
      execution.error = recorder.failure?.error ?? "States.Runtime";
      execution.cause = recorder.failure?.cause ?? String(outcome.reason);
    }
    this.setup.log(`${execution.name} ${execution.status}${execution.error ? ` (${execution.error})` : ""}`);
  }
}

function parseInput(input: string): JsonValue {
  if (Buffer.byteLength(input, "utf8") > MAX_INPUT_BYTES) {
    throw new SfnApiError("InvalidExecutionInput", "Execution input exceeds the maximum of 262144 bytes");
  }
  try {
    return JSON.parse(input) as JsonValue;
  } catch (error) {
    throw new SfnApiError("InvalidExecutionInput", `Invalid State Machine Execution Input: ${String(error)}`);
  }
}

/**
 * The context object (`$$`). The runner copies it shallowly and only overwrites
 * Execution.Input and Execution.StartTime, so the nested `State` object and its getter survive:
 * `$$.State.EnteredTime` is read when a state's Parameters are evaluated, i.e. on entry (and
 * again on each retry, where AWS would keep the first entry time). `$$.State.Name` is not
 * available: the runner tells nobody which state it is in until its event log is read.
 */
function contextObject(stateMachineName: string, execution: Execution) {
  return {
    Execution: {
      Id: execution.executionArn,
      Name: execution.name,
      RoleArn: roleArn(stateMachineName),
      StartTime: execution.startDate.toISOString(),
    },
    StateMachine: { Id: stateMachineArn(stateMachineName), Name: stateMachineName },
    State: {
      get EnteredTime() {
        return new Date().toISOString();
      },
    },
  };
}
