import { describe, expect, it } from "vitest";
import { bearer } from "#client/api";
import { realUser, refreshSession, STRONG_PASSWORD, sessionOf, signIn } from "../support/accounts";
import { api, client, newUser, type TestUser } from "../support/local";

/** Every page of GET /admin/agents, one agent a page. */
async function allAgents(admin: TestUser) {
  const agents: { id: string; email: string; enabled: boolean }[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { data, response } = await client.GET("/admin/agents", {
      params: { query: { limit: "1", ...(cursor ? { cursor } : {}) } },
      headers: bearer(admin.token),
    });
    if (!data) throw new Error(`the agents answered ${response.status}`);
    agents.push(...data.items);
    cursor = data.nextCursor;
    pages++;
  } while (cursor);
  return { agents, pages };
}

function setEnabled(admin: TestUser, agentId: string, enabled: boolean) {
  return api("PATCH", `/admin/agents/${agentId}`, { user: admin, json: { enabled } });
}

describe("support engineers in the admin console", () => {
  it("lists the agents page by page, and disabling one stops sign-in and refresh until enabled again", async () => {
    const [admin, sam, kim] = await Promise.all([
      newUser(["admin"]),
      realUser(["agent"]),
      realUser(["agent"]),
    ]);
    const { refreshToken } = await sessionOf(sam.email);

    const before = await allAgents(admin);
    expect(before.agents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: sam.id, email: sam.email, enabled: true }),
        expect.objectContaining({ id: kim.id, enabled: true }),
      ]),
    );
    expect(before.pages).toBeGreaterThan(1);

    const disabled = await setEnabled(admin, sam.id, false);
    expect(disabled).toMatchObject({ status: 200, body: { id: sam.id, enabled: false } });
    expect((await signIn(sam.email, STRONG_PASSWORD)).status).toBe(401);
    expect((await refreshSession(refreshToken)).status).toBe(401);
    expect((await allAgents(admin)).agents.find((a) => a.id === sam.id)?.enabled).toBe(false);
    // Kim is untouched.
    expect((await signIn(kim.email, STRONG_PASSWORD)).status).toBe(200);

    expect((await setEnabled(admin, sam.id, true)).body).toEqual({ id: sam.id, enabled: true });
    expect((await signIn(sam.email, STRONG_PASSWORD)).status).toBe(200);
  });

  it("changes agents only: a customer or an unknown id is 404, and only admins may", async () => {
    const [admin, agent, customer] = await Promise.all([
      newUser(["admin"]),
      realUser(["agent"]),
      realUser(["customer"]),
    ]);

    expect((await setEnabled(admin, customer.id, false)).status).toBe(404);
    expect((await signIn(customer.email, STRONG_PASSWORD)).status).toBe(200);
    expect((await setEnabled(admin, "00000000-0000-4000-8000-000000000000", false)).status).toBe(404);
    expect((await setEnabled(agent, agent.id, false)).status).toBe(403);
    // Agents may list their colleagues (to assign a case), not change them.
    expect((await api("GET", "/admin/agents", { user: agent })).status).toBe(200);
    expect((await api("GET", "/admin/agents", { user: customer })).status).toBe(403);
    const bad = await api("PATCH", `/admin/agents/${agent.id}`, { user: admin, json: { enabled: "no" } });
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: "enabled" })]);
    const badCursor = await api("GET", "/admin/agents?cursor=not-ours", { user: admin });
    expect(badCursor.status).toBe(400);
  });
});
