import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { followUpExecutionName } from "#domain/follow-up-protocol";
import { REPOSITORY_ROOT } from "#infra/repository";
import { api, isClosed, newUser, openCase, stack, waitForExecution } from "../support/local";

const run = promisify(execFile);

describe("npm run follow-ups -- <case>", () => {
  it("prints each execution of the case with its events and the link to its page in the executions console", async () => {
    const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const reply = await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Try 4711." },
    });
    const replyId = String(reply.body.replyId);
    const execution = await waitForExecution(caseNumber, replyId, isClosed);

    const { stdout } = await run("npx", ["tsx", "infra/ops/follow-ups.ts", caseNumber], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, AWS_ENDPOINT_URL_SFN: stack.stepFunctionsUrl, CONSOLE_URL: stack.consoleUrl },
    });

    expect(stdout).toContain(`${followUpExecutionName(caseNumber, replyId)}  SUCCEEDED`);
    expect(stdout).toMatch(/WaitStateEntered\s+Wait 3 days/);
    expect(stdout).toContain(
      `${stack.consoleUrl}execution?${new URLSearchParams({ arn: execution.executionArn ?? "" })}`,
    );
  }, 60_000);
});
