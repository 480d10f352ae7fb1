import type { TestProject } from "vitest/node";
import { startLocalStack } from "../infra/local/stack";
import { FOLLOW_UP_DAY_SECONDS_IN_TESTS, type LocalStackFacts } from "./support/stack-facts";

/** Starts the local stack once per run on free ports and stops it at the end. */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({
    followUpDaySeconds: FOLLOW_UP_DAY_SECONDS_IN_TESTS,
    // SES outages are retried with the ASL's backoff; scaled down so a test sees the end quickly.
    retryIntervalScale: 0.01,
  });
  const facts: LocalStackFacts = {
    apiUrl: stack.apiUrl,
    sesUrl: stack.sesUrl,
    stepFunctionsUrl: stack.stepFunctionsUrl,
    dynamodbUrl: stack.dynamodbUrl,
    tableName: stack.tableName,
    stateMachineArn: stack.stateMachineArn,
    identity: {
      issuer: stack.identity.issuer,
      audience: stack.identity.audience,
      privateJwk: stack.identity.privateJwk,
    },
  };
  project.provide("localStack", facts);
  return () => stack.stop();
}
