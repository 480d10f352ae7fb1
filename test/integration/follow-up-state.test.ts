import { describe, expect, it } from "vitest";
import { bearer } from "#client/api";
import { followUpExecutionName, SECONDS_PER_DAY } from "#domain/follow-up-protocol";
import { eventually } from "../support/eventually";
import {
  api,
  caseItem,
  client,
  describeExecution,
  executionArnFor,
  newUser,
  openCase,
  stack,
  type TestUser,
  waitForExecution,
} from "../support/local";

async function followUp(agent: TestUser, caseNumber: string) {
  const { data, response } = await client.GET("/cases/{number}/follow-up", {
    params: { path: { number: caseNumber } },
    headers: bearer(agent.token),
  });
  if (!data) throw new Error(`no follow-up state: ${response.status}`);
  return data;
}

const DAY_MS = SECONDS_PER_DAY * 1000;

describe("the follow-up state on the case page", () => {
  it("follows the sequence from the reply to done, with the execution and its console link", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    expect(await followUp(agent, caseNumber)).toEqual({
      caseNumber,
      step: "none",
      running: false,
      followUpsSent: 0,
    });

    const reply = await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Try 4711." },
    });
    const started = await followUp(agent, caseNumber);

    const arn = executionArnFor(caseNumber, "1");
    expect(started).toMatchObject({
      step: "reply-sent",
      running: true,
      replyId: "1",
      repliedAt: reply.body.at,
      nextFollowUp: 1,
      execution: { name: followUpExecutionName(caseNumber, "1"), arn },
    });
    expect(Date.parse(started.nextEmailAt ?? "") - Date.parse(String(reply.body.at))).toBe(3 * DAY_MS);
    // Locally the desk links the executions console; in AWS the Step Functions console (unit-tested).
    expect(started.execution?.consoleUrl).toBe(`${stack.consoleUrl}execution?arn=${encodeURIComponent(arn)}`);
    expect((await waitForExecution(caseNumber, "1")).executionArn).toBe(arn);

    const afterFirst = await eventually("follow-up 1", async () => {
      const state = await followUp(agent, caseNumber);
      return state.followUpsSent >= 1 ? state : undefined;
    });
    expect(afterFirst.step).toMatch(/waiting-for-follow-up|done/);
    const finished = await eventually(
      "the sequence to end",
      async () => {
        const state = await followUp(agent, caseNumber);
        return state.step === "done" && !state.running ? state : undefined;
      },
      { timeoutMs: 20_000 },
    );
    expect(finished).toMatchObject({ followUpsSent: 3, running: false });
    expect((await caseItem(caseNumber))?.status).toBe("no_customer_response");
  });

  it("says stopped once the customer answered, and the execution ends", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "Try 4711." } });
    await waitForExecution(caseNumber, "1");

    await api("POST", `/cases/${caseNumber}/notes`, { user: customer, json: { message: "Still failing." } });

    expect(await followUp(agent, caseNumber)).toMatchObject({
      step: "stopped",
      running: false,
      replyId: "1",
    });
    await eventually("the execution to stop", async () =>
      (await describeExecution(caseNumber, "1"))?.status === "RUNNING" ? undefined : true,
    );
    expect((await api("GET", `/cases/${caseNumber}/follow-up`, { user: customer })).status).toBe(403);
    expect((await api("GET", "/cases/99999995/follow-up", { user: agent })).status).toBe(404);
  });
});
