import { readFile } from "node:fs/promises";
import type { RunOptions, StateMachineDefinition } from "aws-local-stepfunctions";

type Overrides = NonNullable<RunOptions["overrides"]>;
export type WaitTimeOverrides = NonNullable<Overrides["waitTimeOverrides"]>;
export type RetryIntervalOverrides = NonNullable<Overrides["retryIntervalOverrides"]>;
export type AnyState = StateMachineDefinition["States"][string];

const SECONDS_PER_DAY = 86_400;
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

/**
 * Scales each retrier's first interval. aws-local-stepfunctions then uses that interval for every
 * attempt: BackoffRate, MaxDelaySeconds and JitterStrategy no longer apply once an override is set,
 * so with a scale other than 1 retries are evenly spaced. With scale 1 no override is passed at all.
 */
export function retryIntervalOverrides(
  definition: StateMachineDefinition,
  scale: number,
): RetryIntervalOverrides {
  const overrides: RetryIntervalOverrides = {};
  if (scale === 1) return overrides;
  for (const [name, state] of allStates(definition)) {
    if ("Retry" in state && state.Retry) {
      // IntervalSeconds defaults to 1 in the States language.
      overrides[name] = state.Retry.map((retrier) => (retrier.IntervalSeconds ?? 1) * 1000 * scale);
    }
  }
  return overrides;
}
