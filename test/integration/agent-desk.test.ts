import { describe, expect, it } from "vitest";
import {
  api,
  caseItem,
  isClosed,
  mailsTo,
  newUser,
  openCase,
  waitForExecution,
  waitForMails,
} from "../support/local";

async function act(
  agent: Awaited<ReturnType<typeof newUser>>,
  caseNumber: string,
  body: Record<string, unknown>,
) {
  return api("POST", `/cases/${caseNumber}/agent-actions`, { user: agent, json: body });
}

describe("the agent desk", () => {
  it("records assignment and internal notes for staff only, severity changes with who and why for everyone", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    expect((await act(agent, caseNumber, { action: "assign", assigneeId: agent.id })).status).toBe(200);
    expect(
      (await act(agent, caseNumber, { action: "internal-note", message: "Customer is on 11.0, check logs" }))
        .status,
    ).toBe(200);
    const changed = await act(agent, caseNumber, {
      action: "change-severity",
      severity: "A",
      reason: "Restores fail too",
    });

    expect(changed.body).toMatchObject({
      type: "change-severity",
      actorId: agent.id,
      change: { from: "B", to: "A" },
    });
    expect(await caseItem(caseNumber)).toMatchObject({ severity: "A", assigneeId: agent.id });
    const staffView = await api("GET", `/cases/${caseNumber}/events`, { user: agent });
    const customerView = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
    const customerCase = await api("GET", `/cases/${caseNumber}`, { user: customer });
    const types = (body: Record<string, unknown>, key: string) =>
      (body[key] as { type: string }[]).map((e) => e.type);
    expect(types(staffView.body, "items")).toEqual([
      "case-opened",
      "assign",
      "internal-note",
      "change-severity",
    ]);
    expect(types(customerView.body, "items")).toEqual(["case-opened", "change-severity"]);
    expect(types(customerCase.body, "events")).toEqual(["case-opened", "change-severity"]);
    expect(JSON.stringify(customerCase.body)).not.toContain("check logs");
  });

  it("resolves a case waiting on the customer, which stops its follow-ups, and reopens it", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const reply = await api("POST", `/cases/${caseNumber}/replies`, {
      user: agent,
      json: { message: "Try build 4711." },
    });
    await waitForMails(customer.email, 1);

    const resolved = await act(agent, caseNumber, { action: "resolve", resolution: "Fixed by build 4711." });
    const execution = await waitForExecution(caseNumber, String(reply.body.replyId), isClosed);

    expect(resolved.body).toMatchObject({ statusAfter: "resolved", message: "Fixed by build 4711." });
    expect(execution.status).toBe("ABORTED");
    expect(await caseItem(caseNumber)).toMatchObject({
      status: "resolved",
      resolution: "Fixed by build 4711.",
    });
    expect((await act(agent, caseNumber, { action: "resolve", resolution: "again" })).status).toBe(409);

    expect(
      (await act(agent, caseNumber, { action: "reopen", reason: "Customer called back" })).body.statusAfter,
    ).toBe("awaiting_support");
    expect((await act(agent, caseNumber, { action: "reopen", reason: "twice" })).status).toBe(409);
    expect(await mailsTo(customer.email)).toHaveLength(1);
  });

  it("refuses unknown actions and missing reasons, and unknown cases", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    expect((await act(agent, caseNumber, { action: "delete" })).status).toBe(400);
    const noReason = await act(agent, caseNumber, { action: "change-severity", severity: "A" });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain("reason");
    expect((await act(agent, "99999997", { action: "internal-note", message: "x" })).status).toBe(404);
  });
});

describe("ratings and feedback", () => {
  it("lets the customer rate a resolved case once", async () => {
    const [customer, other, agent] = await Promise.all([newUser(), newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const rate = (user: typeof customer, body: Record<string, unknown>) =>
      api("POST", `/cases/${caseNumber}/rating`, { user, json: body });

    expect((await rate(customer, { score: 5 })).status).toBe(409);
    await act(agent, caseNumber, { action: "resolve", resolution: "Done." });
    expect((await rate(customer, { score: 6 })).status).toBe(400);
    expect((await rate(other, { score: 1 })).status).toBe(404);
    expect((await rate(customer, { score: 4, comment: "Quick and clear." })).status).toBe(201);
    expect((await rate(customer, { score: 1 })).status).toBe(409);
    expect(await caseItem(caseNumber)).toMatchObject({ rating: { score: 4, comment: "Quick and clear." } });
  });

  it("tracks every feedback for staff, newest first, page by page", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const texts = ["The wizard is great", "Downloads are slow", "Thanks to Sam!"];
    for (const [i, text] of texts.entries()) {
      const kind = ["praise", "complaint", "thanks"][i];
      expect(
        (await api("POST", "/feedback", { user: customer, json: { kind, about: "support", text } })).status,
      ).toBe(201);
    }
    expect(
      (await api("POST", "/feedback", { user: customer, json: { kind: "rant", about: "x", text: "" } }))
        .status,
    ).toBe(400);

    const first = await api("GET", "/admin/feedback?limit=2", { user: agent });
    const items = first.body.items as { text: string; status: string; authorEmail: string }[];
    expect(items.length).toBe(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const mine = items.filter((i) => i.authorEmail === customer.email).map((i) => i.text);
    expect(mine).toEqual(texts.slice(-mine.length).reverse());
    expect(items.every((i) => i.status === "new")).toBe(true);

    const id = (items[0] as unknown as { feedbackId: string }).feedbackId;
    const reviewed = await api("PATCH", `/admin/feedback/${id}`, {
      user: agent,
      json: { status: "reviewed" },
    });
    expect(reviewed.body).toMatchObject({ feedbackId: id, status: "reviewed" });
    const onlyReviewed = await api("GET", "/admin/feedback?status=reviewed&limit=100", { user: agent });
    const reviewedItems = onlyReviewed.body.items as { feedbackId: string; status: string; kind: string }[];
    expect(reviewedItems.map((i) => i.feedbackId)).toContain(id);
    expect(reviewedItems.every((i) => i.status === "reviewed")).toBe(true);
    const kind = (items[0] as unknown as { kind: string }).kind;
    const ofKind = await api("GET", `/admin/feedback?status=reviewed&kind=${kind}&limit=1`, { user: agent });
    expect((ofKind.body.items as { kind: string }[]).every((i) => i.kind === kind)).toBe(true);
    expect((await api("GET", "/admin/feedback?kind=rant", { user: agent })).status).toBe(400);
    expect(
      (await api("PATCH", `/admin/feedback/${id}`, { user: agent, json: { status: "lost" } })).status,
    ).toBe(400);
    expect(
      (
        await api("PATCH", "/admin/feedback/20260101T000000000Z-00000000", {
          user: agent,
          json: { status: "reviewed" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api("PATCH", `/admin/feedback/${id}`, { user: customer, json: { status: "answered" } })).status,
    ).toBe(403);
  });

  it("explains the severity levels to anyone", async () => {
    const answer = await api("GET", "/support/severities");
    expect(answer.status).toBe(200);
    expect((answer.body.items as { level: string }[]).map((i) => i.level)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("the customer portal", () => {
  it("lists open and resolved cases apart, with support's latest answer and the resolution", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const open = await openCase(customer);
    const done = await openCase(customer);
    await api("POST", `/cases/${open}/replies`, { user: agent, json: { message: "Please send the log." } });
    await act(agent, done, { action: "resolve", resolution: "Licence re-issued." });

    const openList = await api("GET", "/cases?status=open", { user: customer });
    const resolvedList = await api("GET", "/cases?status=resolved", { user: customer });

    expect(openList.body.items).toEqual([
      expect.objectContaining({
        caseNumber: open,
        status: "awaiting_customer",
        latestSupportReply: expect.objectContaining({ message: "Please send the log." }),
      }),
    ]);
    expect(resolvedList.body.items).toEqual([
      expect.objectContaining({ caseNumber: done, status: "resolved", resolution: "Licence re-issued." }),
    ]);
    const closedList = await api("GET", "/cases?status=closed", { user: customer });
    expect((closedList.body.items as { caseNumber: string }[]).map((c) => c.caseNumber)).toEqual([done]);
    expect((await api("GET", "/cases?status=lost", { user: customer })).status).toBe(400);
  });
});
