import { readFile } from "node:fs/promises";
import type { RunOptions, StateMachineDefinition } from "aws-local-stepfunctions";
import { SECONDS_PER_DAY } from "#domain/follow-up-protocol";

type Overrides = NonNullable<RunOptions["overrides"]>;
export type WaitTimeOverrides = NonNullable<Overrides["waitTimeOverrides"]>;
export type RetryIntervalOverrides = NonNullable<Overrides["retryIntervalOverrides"]>;
export type AnyState = StateMachineDefinition["States"][string];

const PLACEHOLDER = /\$\{([A-Za-z0-9_]+)\}/g;

/**
 * Reads an ASL file and fills `${Key}` placeholders the way CDK's `definitionSubstitutions` does,
 * so the local runner executes exactly the text that is deployed.
 */
export async function loadDefinition(
  file: string,
  substitutions: Record<string, string>,
): Promise<StateMachineDefinition> {
  const text = substitute(await readFile(file, "utf8"), substitutions);
  return JSON.parse(text) as StateMachineDefinition;
}

export function substitute(text: string, substitutions: Record<string, string>): string {
  const missing = new Set<string>();
  const result = text.replace(PLACEHOLDER, (placeholder, key: string) => {
    const value = substitutions[key];
    if (value === undefined) {
      missing.add(key);
      return placeholder;
    }
    // Escaped as a JSON string body so a value can never break the document's syntax.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new Error(`State machine definition needs substitutions for: ${[...missing].join(", ")}`);
  }
  return result;
}

/** Every state by name, including those nested in Parallel branches and Map processors (names are global). */
export function allStates(definition: Pick<StateMachineDefinition, "States">): [string, AnyState][] {
  const states: [string, AnyState][] = [];
  for (const [name, state] of Object.entries(definition.States)) {
    states.push([name, state]);
    if (state.Type === "Parallel") {
      for (const branch of state.Branches) states.push(...allStates(branch));
    }
    if (state.Type === "Map") {
      const processor = state.ItemProcessor ?? state.Iterator;
      if (processor) states.push(...allStates(processor));
    }
  }
  return states;
}

/**
 * Scales every `Wait` with fixed `Seconds` so that one day lasts `followUpDaySeconds`.
 * Waits driven by `SecondsPath` or timestamps are left alone: they are not durations we can scale.
 */
export function waitTimeOverrides(
  definition: StateMachineDefinition,
  followUpDaySeconds: number,
): WaitTimeOverrides {
  const overrides: WaitTimeOverrides = {};
  for (const [name, state] of allStates(definition)) {
    if (state.Type === "Wait" && typeof state.Seconds === "number") {
      overrides[name] = (state.Seconds / SECONDS_PER_DAY) * followUpDaySeconds * 1000;
    }
  }
  return overrides;
}

/** One retrier of a state's `Retry`, with the States language defaults filled in. */
export interface RetrierSpec {
  errorEquals: readonly string[];
  intervalSeconds: number;
  backoffRate: number;
  maxAttempts: number;
  maxDelaySeconds?: number;
  fullJitter: boolean;
}

export interface StateRetries {
  isTask: boolean;
  retriers: RetrierSpec[];
}

/** The `Retry` field of every state that has one, read once when the endpoint starts. */
export function retrySpecs(definition: StateMachineDefinition): Map<string, StateRetries> {
  const specs = new Map<string, StateRetries>();
  for (const [name, state] of allStates(definition)) {
    if (!("Retry" in state) || !state.Retry) continue;
    specs.set(name, {
      isTask: state.Type === "Task",
      retriers: state.Retry.map((retrier) => ({
        errorEquals: retrier.ErrorEquals,
        intervalSeconds: retrier.IntervalSeconds ?? 1,
        backoffRate: retrier.BackoffRate ?? 2,
        maxAttempts: retrier.MaxAttempts ?? 3,
        maxDelaySeconds: retrier.MaxDelaySeconds,
        fullJitter: retrier.JitterStrategy === "FULL",
      })),
    });
  }
  return specs;
}

/**
 * One execution's retry pauses, scaled by `scale` but otherwise as AWS computes them:
 * IntervalSeconds × BackoffRate^(retries so far), capped by MaxDelaySeconds, and with
 * JitterStrategy FULL a random pause up to that. aws-local-stepfunctions only takes a fixed
 * interval per retrier as an override (and then drops backoff and jitter), so the overrides
 * object answers with the pause for the retry about to happen: it is read right after a task
 * attempt failed, and this object follows the attempts of the execution's tasks (one at a time:
 * the definition has no Parallel or Map state). With scale 1 the runner's own timing is used.
 */
export class ScaledRetries {
  readonly overrides: RetryIntervalOverrides | undefined;
  /** Retries used so far in the current entry of each state, per retrier. */
  private readonly retriesUsed = new Map<string, number[]>();
  private readonly jitter = new Map<string, number>();
  private last: { stateName: string; retrier?: number } | undefined;

  constructor(
    private readonly specs: Map<string, StateRetries>,
    private readonly scale: number,
  ) {
    if (scale === 1) return;
    const overrides: RetryIntervalOverrides = {};
    for (const stateName of specs.keys()) {
      Object.defineProperty(overrides, stateName, {
        enumerable: true,
        get: () => this.pauses(stateName),
      });
    }
    this.overrides = overrides;
  }

  /** A task attempt starts: a retry when the previous attempt was this state's and a retrier took it. */
  attemptStarted(stateName: string): void {
    const retrier = this.last?.stateName === stateName ? this.last.retrier : undefined;
    const used = this.retriesUsed.get(stateName);
    if (retrier !== undefined && used) used[retrier] = (used[retrier] ?? 0) + 1;
    else this.retriesUsed.set(stateName, this.specs.get(stateName)?.retriers.map(() => 0) ?? []);
    this.last = { stateName };
  }

  attemptSucceeded(stateName: string): void {
    this.last = { stateName };
  }

  /** Remembers which retrier (if any) will retry this failure, the way the runner picks it. */
  attemptFailed(stateName: string, error: Error): void {
    this.last = { stateName, retrier: this.retrierFor(stateName, error.name) };
  }

  private retrierFor(stateName: string, errorName: string): number | undefined {
    const spec = this.specs.get(stateName);
    const used = this.retriesUsed.get(stateName) ?? [];
    for (const [index, retrier] of (spec?.retriers ?? []).entries()) {
      const matches = retrier.errorEquals.some(
        (name) =>
          name === errorName ||
          name === "States.ALL" ||
          (name === "States.TaskFailed" && spec?.isTask === true && errorName !== "States.Timeout"),
      );
      if (matches) return (used[index] ?? 0) < retrier.maxAttempts ? index : undefined;
    }
    return undefined;
  }

  private pauses(stateName: string): number[] {
    const used = this.retriesUsed.get(stateName) ?? [];
    return (this.specs.get(stateName)?.retriers ?? []).map((retrier, index) => {
      const retries = used[index] ?? 0;
      const seconds = Math.min(
        retrier.intervalSeconds * retrier.backoffRate ** retries,
        retrier.maxDelaySeconds ?? Number.POSITIVE_INFINITY,
      );
      return (
        seconds * 1000 * this.scale * (retrier.fullJitter ? this.jitterOf(stateName, index, retries) : 1)
      );
    });
  }

  /** The same random fraction however often the runner reads the pause of one retry. */
  private jitterOf(stateName: string, index: number, retries: number): number {
    const key = `${stateName}\u0000${index}\u0000${retries}`;
    let fraction = this.jitter.get(key);
    if (fraction === undefined) {
      fraction = Math.random();
      this.jitter.set(key, fraction);
    }
    return fraction;
  }
}
