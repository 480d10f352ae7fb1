import { describe, expect, it } from "vitest";
import { bearer } from "#client/api";
import { presenceRepository } from "#repositories/presence-repository";
import { profileRepository } from "#repositories/profile-repository";
import { api, client, db, newUser, openCase, stack, type TestUser } from "../support/local";

async function agentNamed(firstName: string): Promise<TestUser> {
  const agent = await newUser(["agent"]);
  const now = new Date().toISOString();
  await profileRepository(db, stack.tableName).createIfMissing({
    userId: agent.id,
    email: agent.email,
    firstName,
    lastName: "Support",
    language: "en",
    createdAt: now,
    updatedAt: now,
  });
  return agent;
}

function mark(agent: TestUser, caseNumber: string) {
  return client.PUT("/cases/{number}/presence", {
    params: { path: { number: caseNumber } },
    headers: bearer(agent.token),
  });
}

async function othersSeenBy(agent: TestUser, caseNumber: string) {
  const { data } = await client.GET("/cases/{number}/presence", {
    params: { path: { number: caseNumber } },
    headers: bearer(agent.token),
  });
  return data?.viewers.map((viewer) => viewer.email);
}

describe("who else has a case open", () => {
  it("shows each agent the others on the case, with name and since, until they leave", async () => {
    const [customer, sam, kim] = await Promise.all([newUser(), agentNamed("Sam"), agentNamed("Kim")]);
    const caseNumber = await openCase(customer);

    const first = await mark(sam, caseNumber);
    const second = await mark(kim, caseNumber);
    const refreshed = await mark(sam, caseNumber);

    expect(first.data).toMatchObject({ viewers: [], refreshSeconds: 20, expiresInSeconds: 60 });
    expect(second.data?.viewers).toEqual([
      {
        userId: sam.id,
        email: sam.email,
        name: "Sam Support",
        since: expect.any(String),
        seenAt: expect.any(String),
      },
    ]);
    const samAsSeen = second.data?.viewers[0];
    expect(refreshed.data?.viewers.map((viewer) => viewer.name)).toEqual(["Kim Support"]);
    const samAfterRefresh = (
      await client.GET("/cases/{number}/presence", {
        params: { path: { number: caseNumber } },
        headers: bearer(kim.token),
      })
    ).data?.viewers[0];
    // A refresh keeps the visit's start and moves the heartbeat.
    expect(samAfterRefresh?.since).toBe(samAsSeen?.since);
    expect(samAfterRefresh && samAsSeen && samAfterRefresh.seenAt >= samAsSeen.seenAt).toBe(true);

    expect((await api("DELETE", `/cases/${caseNumber}/presence`, { user: sam })).status).toBe(204);
    expect((await api("DELETE", `/cases/${caseNumber}/presence`, { user: sam })).status).toBe(204);
    expect(await othersSeenBy(kim, caseNumber)).toEqual([]);
    expect(await othersSeenBy(sam, caseNumber)).toEqual([kim.email]);
  });

  it("never counts a lapsed mark, even while the table's TTL has not removed it yet", async () => {
    const [customer, sam, kim] = await Promise.all([newUser(), agentNamed("Sam"), agentNamed("Kim")]);
    const caseNumber = await openCase(customer);
    const marked = new Date(Date.now() - 61_000);
    await presenceRepository(db, stack.tableName).mark({
      caseNumber,
      userId: sam.id,
      email: sam.email,
      now: marked.toISOString(),
      expiresAt: Math.floor(marked.getTime() / 1000) + 60,
    });

    expect(await othersSeenBy(kim, caseNumber)).toEqual([]);
    expect((await mark(kim, caseNumber)).data?.viewers).toEqual([]);
  });

  it("is for staff, on cases that exist", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    expect((await api("PUT", `/cases/${caseNumber}/presence`, { user: customer })).status).toBe(403);
    expect((await api("GET", `/cases/${caseNumber}/presence`, { user: customer })).status).toBe(403);
    expect((await api("PUT", "/cases/99999996/presence", { user: agent })).status).toBe(404);
    expect((await api("GET", "/cases/99999996/presence", { user: agent })).status).toBe(404);
  });
});
