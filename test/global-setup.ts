import type { TestProject } from "vitest/node";
import { startLocalStack } from "../infra/local/stack";
import { FOLLOW_UP_DAY_SECONDS_IN_TESTS } from "./support/stack-facts";

/** Starts the local stack once per run on free ports and stops it at the end. */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({
    followUpDaySeconds: FOLLOW_UP_DAY_SECONDS_IN_TESTS,
    // SES outages are retried with the ASL's backoff; scaled down so a test sees the end quickly.
    retryIntervalScale: 0.01,
  });
  const { stop, ...facts } = stack;
  project.provide("localStack", facts);
  return stop;
}
