import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { SUPPORT_REGIONS } from "#domain/support-calendars";
import { keys } from "#repositories/keys";
import {
  api,
  db,
  newCustomer,
  newUser,
  openCase,
  stack,
  type TestUser,
  VALID_CASE,
  wholeQueue,
} from "../support/local";

/** Chat is a channel staff open cases on, for the customer they are talking to. */
function openChatCase(agent: TestUser, customer: TestUser) {
  return api("POST", "/cases", {
    user: agent,
    json: { ...VALID_CASE, channel: "chat", onBehalfOf: { customerId: customer.id } },
  });
}

describe("first-response targets", () => {
  it("are due one business day later on the support calendar for an e-mail question, and met by the first reply", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const opened = await api("POST", "/cases", { user: customer, json: VALID_CASE });
    const due = new Date(String(opened.body.firstResponseDueAt));

    expect(opened.body.firstResponseRule).toMatch(/1 business day/);
    expect(SUPPORT_REGIONS.cn.isWorkday(due.toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" }))).toBe(
      true,
    );
    expect(due.getTime()).toBeGreaterThan(Date.now());
    expect(opened.body.firstResponse).toMatchObject({ breached: false, timeLeftSeconds: expect.any(Number) });

    await api("POST", `/cases/${opened.body.caseNumber}/replies`, {
      user: agent,
      json: { message: "On it." },
    });
    const answered = await api("GET", `/cases/${opened.body.caseNumber}`, { user: customer });
    expect(answered.body.firstResponseAt).toEqual(expect.any(String));
    expect(answered.body.firstResponse).toEqual({ breached: false });
  });

  it("shows a breach on the case when the first reply comes after the due time", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    // As if the case had waited past its due time.
    await db.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: keys.case(caseNumber),
        UpdateExpression: "SET firstResponseDueAt = :past",
        ExpressionAttributeValues: { ":past": new Date(Date.now() - 60_000).toISOString() },
      }),
    );
    const waiting = await api("GET", `/cases/${caseNumber}`, { user: agent });
    expect(waiting.body.firstResponse).toMatchObject({ breached: true });

    await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Sorry for the wait." },
    });
    const answered = await api("GET", `/cases/${caseNumber}`, { user: customer });
    expect(answered.body.firstResponse).toEqual({ breached: true });
  });

  it("counts chat as answered at once", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
    const chat = await openChatCase(agent, customer);

    expect(chat.body.firstResponseDueAt).toBeUndefined();
    expect(chat.body.firstResponseAt).toEqual(expect.any(String));
    expect(chat.body.firstResponse).toEqual({ breached: false });
  });
});

describe("the agent queue", () => {
  it("lists open cases soonest due first across pages, filtered, and drops resolved ones until reopened", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
    const chat = (await openChatCase(agent, customer)).body;
    const first = await openCase(customer);
    const second = await openCase(customer, { severity: "A" });
    for (const n of [String(chat.caseNumber), first, second]) {
      await api("POST", `/cases/${n}/agent-actions`, {
        user: agent,
        json: { action: "assign", assigneeId: agent.id },
      });
    }

    const mine = await wholeQueue(agent, { assigneeId: agent.id });
    expect(mine.map((c) => c.caseNumber)).toEqual([first, second, String(chat.caseNumber)]);
    expect(
      (await wholeQueue(agent, { assigneeId: agent.id, severity: "A" })).map((c) => c.caseNumber),
    ).toEqual([second]);

    await api("POST", `/cases/${first}/agent-actions`, {
      user: agent,
      json: { action: "resolve", resolution: "Done" },
    });
    expect((await wholeQueue(agent, { assigneeId: agent.id })).map((c) => c.caseNumber)).not.toContain(first);
    await api("POST", `/cases/${first}/agent-actions`, {
      user: agent,
      json: { action: "reopen", reason: "Back" },
    });
    expect((await wholeQueue(agent, { assigneeId: agent.id })).map((c) => c.caseNumber)).toContain(first);
  });

  it("is for staff, and refuses bad filters", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    expect((await api("GET", "/queue", { user: customer })).status).toBe(403);
    expect((await api("GET", "/queue?severity=Z", { user: agent })).status).toBe(400);
    expect((await api("GET", "/queue?plan=gold", { user: agent })).status).toBe(400);
  });
});
