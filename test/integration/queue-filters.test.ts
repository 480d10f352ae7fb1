import { describe, expect, it } from "vitest";
import { api, newUser, openCase, type TestUser, wholeQueue } from "../support/local";

const assign = (agent: TestUser, caseNumber: string, assigneeId: string) =>
  api("POST", `/cases/${caseNumber}/agent-actions`, { user: agent, json: { action: "assign", assigneeId } });

const numbers = (cases: { caseNumber: string }[]) => cases.map((c) => c.caseNumber);

describe("the queue's desk filters", () => {
  it("narrows to mine and to unassigned cases, soonest due first, with the other filters", async () => {
    const [customer, me, colleague] = await Promise.all([newUser(), newUser(["agent"]), newUser(["agent"])]);
    const [mineB, mineA, theirs, nobodys] = [
      await openCase(customer),
      await openCase(customer, { severity: "A" }),
      await openCase(customer),
      await openCase(customer),
    ];
    await assign(me, mineB, me.id);
    await assign(me, mineA, me.id);
    await assign(colleague, theirs, colleague.id);
    const ours = [mineB, mineA, theirs, nobodys];

    const mine = numbers(await wholeQueue(me, { mine: "true" }));
    const unassigned = numbers(await wholeQueue(me, { unassigned: "true" }));

    // Opened one after another on the same plan: due in the same order.
    expect(mine).toEqual([mineB, mineA]);
    expect(numbers(await wholeQueue(me, { mine: "true", severity: "A" }))).toEqual([mineA]);
    expect(unassigned).toContain(nobodys);
    expect(unassigned.filter((n) => ours.includes(n))).toEqual([nobodys]);
    expect(numbers(await wholeQueue(colleague, { mine: "true" }))).toEqual([theirs]);
    expect(await wholeQueue(me, { mine: "true", assigneeId: colleague.id })).toEqual([]);
    expect(await wholeQueue(me, { mine: "true", unassigned: "true" })).toEqual([]);
    expect(numbers(await wholeQueue(me, { mine: "false", assigneeId: colleague.id }))).toEqual([theirs]);
  });

  it("pages with a cursor, soonest due first across pages", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const opened = [await openCase(customer), await openCase(customer), await openCase(customer)];
    for (const n of opened) await assign(agent, n, agent.id);

    // A filtered page is topped up to its limit (the whole queue's other cases do not match);
    // follow the cursor to the end, two cases a page.
    const seen: { caseNumber: string }[] = [];
    const sizes: number[] = [];
    let pages = 0;
    let cursor: unknown;
    do {
      const page = await api("GET", `/queue?mine=true&limit=2${cursor ? `&cursor=${cursor}` : ""}`, {
        user: agent,
      });
      seen.push(...(page.body.items as { caseNumber: string }[]));
      sizes.push((page.body.items as unknown[]).length);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBeGreaterThan(1);
    expect(sizes.slice(0, 1)).toEqual([2]);
    expect(numbers(seen)).toEqual(opened);
  });

  it("refuses flags other than true and false, naming them", async () => {
    const agent = await newUser(["agent"]);

    const bad = await api("GET", "/queue?mine=yes&unassigned=1", { user: agent });

    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      "query.mine",
      "query.unassigned",
    ]);
  });
});
