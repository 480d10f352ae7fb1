import type { LocalStack } from "#infra/local/stack";

/** One follow-up "day" lasts this many real seconds in tests: the 10-day sequence takes ~5 s. */
export const FOLLOW_UP_DAY_SECONDS_IN_TESTS = 0.5;

/** What the global setup tells the test files about the running stack (serialisable). */
export type LocalStackFacts = Omit<LocalStack, "stop" | "dynamodbLocal" | "streamConsumer">;

declare module "vitest" {
  export interface ProvidedContext {
    localStack: LocalStackFacts;
  }
}
