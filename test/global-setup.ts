import { readFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { contractCheck } from "#client/contract";
import { startLocalStack } from "#infra/local/stack";
import { buildWeb, WEB_OUTPUT } from "../web/build";
import { startBrowserServer } from "./support/browser-server";
import { startContractRun } from "./support/contract-run";
import { FOLLOW_UP_DAY_SECONDS_IN_TESTS } from "./support/stack-facts";

/**
 * Starts the local stack once per run on free ports and stops it at the end, and sums the
 * contract check's tallies of all test files into one line at the end.
 */
export default async function setup(project: TestProject) {
  // The handlers run in this process: keep their INFO logs and metric lines out of the test output.
  process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
  process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
  const document = JSON.parse(readFileSync(new URL("../openapi.json", import.meta.url), "utf8"));
  const contractRun = startContractRun(contractCheck(document).operationIds);
  project.provide("contractRunDir", contractRun.dir);
  await buildWeb();
  const stack = await startLocalStack({
    webRoot: WEB_OUTPUT,
    followUpDaySeconds: FOLLOW_UP_DAY_SECONDS_IN_TESTS,
    // SES outages are retried with the ASL's backoff; scaled down so a test sees the end quickly.
    retryIntervalScale: 0.01,
  });
  const { stop, dynamodbLocal, streamConsumer, ...facts } = stack;
  project.provide("localStack", facts);
  // One Chromium for the whole run; each browser test file connects to it.
  const browser = await startBrowserServer();
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await stop();
    console.log(contractRun.finish());
  };
}
