import { readFileSync } from "node:fs";
import type { StateMachineDefinition } from "aws-local-stepfunctions";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allStates,
  retrySpecs,
  ScaledRetries,
  substitute,
  waitTimeOverrides,
} from "#infra/local/step-functions/definition";
import { fromRepositoryRoot } from "#infra/repository";
import {
  FOLLOW_UP_DEFINITION_FILE,
  FOLLOW_UP_SUBSTITUTIONS,
  NOTICES_DEFINITION_FILE,
  NOTICES_SUBSTITUTIONS,
} from "#infra/state-machines";

/** How the local Step Functions endpoint reads an ASL file and times it (infra/local/step-functions/definition.ts). */

const definition = (States: Record<string, unknown>) =>
  ({ StartAt: Object.keys(States)[0], States }) as unknown as StateMachineDefinition;

describe("the ASL files' placeholders", () => {
  it("are exactly the substitution names the stack and the local endpoint fill", () => {
    for (const [file, names] of [
      [FOLLOW_UP_DEFINITION_FILE, FOLLOW_UP_SUBSTITUTIONS],
      [NOTICES_DEFINITION_FILE, NOTICES_SUBSTITUTIONS],
    ] as const) {
      const text = readFileSync(fromRepositoryRoot(file), "utf8");
      const placeholders = new Set([...text.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]));
      expect([...placeholders].sort(), file).toEqual([...names].sort());
      const values = Object.fromEntries(names.map((name) => [name, `value of ${name}`]));
      expect(() => JSON.parse(substitute(text, values)), file).not.toThrow();
    }
  });
});

describe("substitution", () => {
  it("puts any value into a JSON string unchanged, whatever it holds", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(JSON.parse(substitute(`{"a":"x-\${Value}-y"}`, { Value: value }))).toEqual({
          a: `x-${value}-y`,
        });
      }),
    );
  });

  it("names every placeholder left without a value", () => {
    expect(() => substitute(`"\${A}\${B}\${A}"`, {})).toThrow(/needs substitutions for: A, B$/);
  });
});

describe("timing", () => {
  const machine = definition({
    Wait3: { Type: "Wait", Seconds: 3 * 86_400, Next: "Both" },
    Both: {
      Type: "Parallel",
      Branches: [{ StartAt: "Inner", States: { Inner: { Type: "Wait", Seconds: 43_200, End: true } } }],
      Next: "Later",
    },
    Later: { Type: "Wait", SecondsPath: "$.wait", Next: "Send" },
    Send: {
      Type: "Task",
      Resource: "arn:aws:states:::aws-sdk:sesv2:sendEmail",
      Retry: [{ ErrorEquals: ["SesV2.TooManyRequestsException"] }],
      End: true,
    },
  });

  it("finds the states nested in branches", () => {
    expect(allStates(machine).map(([name]) => name)).toEqual(["Wait3", "Both", "Inner", "Later", "Send"]);
  });

  it("scales fixed waits so that a day lasts followUpDaySeconds, and leaves waits read from input alone", () => {
    expect(waitTimeOverrides(machine, 0.5)).toEqual({ Wait3: 1500, Inner: 250 });
  });

  it("fills in the States language's retry defaults", () => {
    expect(retrySpecs(machine).get("Send")).toEqual({
      isTask: true,
      retriers: [
        {
          errorEquals: ["SesV2.TooManyRequestsException"],
          intervalSeconds: 1,
          backoffRate: 2,
          maxAttempts: 3,
          maxDelaySeconds: undefined,
          fullJitter: false,
        },
      ],
    });
  });
});

describe("scaled retries", () => {
  const retrying = (retrier: Record<string, unknown>) =>
    retrySpecs(definition({ Send: { Type: "Task", Resource: "x", Retry: [retrier], End: true } }));
  const failure = (name: string) => Object.assign(new Error(name), { name });

  it("keeps the runner's own timing at scale 1", () => {
    expect(new ScaledRetries(retrying({ ErrorEquals: ["States.ALL"] }), 1).overrides).toBeUndefined();
  });

  it("pauses IntervalSeconds × BackoffRate^retries, capped by MaxDelaySeconds, times the scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        fc.integer({ min: 1, max: 6 }),
        (interval, backoff, maxDelay, attempts) => {
          const retries = new ScaledRetries(
            retrying({
              ErrorEquals: ["States.TaskFailed"],
              IntervalSeconds: interval,
              BackoffRate: backoff,
              MaxAttempts: attempts,
              ...(maxDelay === undefined ? {} : { MaxDelaySeconds: maxDelay }),
            }),
            0.01,
          );
          for (let retry = 0; retry < attempts; retry++) {
            retries.attemptStarted("Send");
            retries.attemptFailed("Send", failure("SesV2.SendingPausedException"));
            const seconds = Math.min(interval * backoff ** retry, maxDelay ?? Number.POSITIVE_INFINITY);
            expect((retries.overrides?.Send as number[] | undefined)?.[0]).toBeCloseTo(seconds * 1000 * 0.01);
          }
        },
      ),
    );
  });

  it("starts counting again when a failure no retrier takes ends the state's attempts", () => {
    const retries = new ScaledRetries(
      retrying({ ErrorEquals: ["SesV2.TooManyRequestsException"], IntervalSeconds: 2 }),
      0.5,
    );
    retries.attemptStarted("Send");
    retries.attemptFailed("Send", failure("SesV2.TooManyRequestsException"));
    retries.attemptStarted("Send");
    expect(retries.overrides?.Send).toEqual([2000]);
    retries.attemptFailed("Send", failure("SesV2.MessageRejected"));
    retries.attemptStarted("Send");
    expect(retries.overrides?.Send).toEqual([1000]);
  });
});
