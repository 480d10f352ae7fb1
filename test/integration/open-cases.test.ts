import { describe, expect, it } from "vitest";
import {
  api,
  caseItem,
  isClosed,
  newUser,
  openCase,
  type TestUser,
  waitForExecution,
  wholeQueue,
} from "../support/local";

/**
 * "Open" has one definition (the domain's `isOpen`): the agent queue, the portal's filters and
 * every view agree on it, including for a case nobody answered after three follow-ups.
 */

async function portalList(customer: TestUser, status: string): Promise<string[]> {
  const answer = await api("GET", `/cases?status=${status}`, { user: customer });
  expect(answer.status).toBe(200);
  return (answer.body.items as { caseNumber: string }[]).map((c) => c.caseNumber);
}

async function inQueue(agent: TestUser, caseNumber: string): Promise<boolean> {
  const mine = await wholeQueue(agent, { assigneeId: agent.id });
  return mine.some((c) => c.caseNumber === caseNumber);
}

async function isOpenIn(user: TestUser, caseNumber: string): Promise<unknown> {
  return (await api("GET", `/cases/${caseNumber}`, { user })).body.open;
}

describe("what an open case is", () => {
  it("is not a case left without an answer after three follow-ups: it leaves the queue and the portal files it as closed, until the customer writes", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await api("POST", `/cases/${caseNumber}/agent-actions`, {
      user: agent,
      json: { action: "assign", assigneeId: agent.id },
    });
    const reply = await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Please update to build 4711." },
    });
    expect(await inQueue(agent, caseNumber)).toBe(true);
    expect(await portalList(customer, "open")).toEqual([caseNumber]);

    await waitForExecution(caseNumber, String(reply.body.replyId), isClosed);

    expect(await caseItem(caseNumber)).toMatchObject({ status: "no_customer_response" });
    expect(await inQueue(agent, caseNumber)).toBe(false);
    expect(await portalList(customer, "open")).toEqual([]);
    expect(await portalList(customer, "closed")).toEqual([caseNumber]);
    expect(await portalList(customer, "no_customer_response")).toEqual([caseNumber]);
    expect(await isOpenIn(customer, caseNumber)).toBe(false);
    expect(await isOpenIn(agent, caseNumber)).toBe(false);
    expect((await api("GET", "/queue?status=no_customer_response", { user: agent })).status).toBe(400);

    const note = await api("POST", `/cases/${caseNumber}/notes`, {
      user: customer,
      json: { message: "Sorry, I was away. Still failing." },
    });

    expect(note.body.statusAfter).toBe("awaiting_support");
    expect(await inQueue(agent, caseNumber)).toBe(true);
    expect(await portalList(customer, "open")).toEqual([caseNumber]);
    expect(await isOpenIn(customer, caseNumber)).toBe(true);
  });

  it("leaves the queue when resolved or withdrawn, and is back in it when an agent reopens it", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const [answered, withdrawn] = [await openCase(customer), await openCase(customer)];
    const act = (caseNumber: string, json: Record<string, unknown>) =>
      api("POST", `/cases/${caseNumber}/agent-actions`, { user: agent, json });
    for (const caseNumber of [answered, withdrawn])
      await act(caseNumber, { action: "assign", assigneeId: agent.id });

    await act(answered, { action: "resolve", resolution: "Licence re-issued." });
    await api("POST", `/cases/${withdrawn}/withdraw`, { user: customer });
    expect(await inQueue(agent, answered)).toBe(false);
    expect(await inQueue(agent, withdrawn)).toBe(false);
    expect((await portalList(customer, "closed")).sort()).toEqual([answered, withdrawn].sort());

    await act(answered, { action: "reopen", reason: "Customer called back" });
    expect(await inQueue(agent, answered)).toBe(true);
    expect(await isOpenIn(customer, answered)).toBe(true);
  });
});
