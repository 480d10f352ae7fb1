import { describe, expect, it } from "vitest";
import { bearer } from "#client/api";
import { eventually } from "../support/eventually";
import {
  api,
  caseItem,
  client,
  describeExecution,
  itemsOfCase,
  newUser,
  openCase,
  type TestUser,
  waitForExecution,
} from "../support/local";

/** The desk's view of a case: its ETag and the version in the staff body. */
async function view(agent: TestUser, caseNumber: string) {
  const { data, response } = await client.GET("/cases/{number}", {
    params: { path: { number: caseNumber } },
    headers: bearer(agent.token),
  });
  if (!data || !("version" in data)) throw new Error(`no staff view of ${caseNumber}: ${response.status}`);
  return { etag: response.headers.get("etag") ?? "", version: data.version };
}

function reply(agent: TestUser, caseNumber: string, message: string, ifMatch?: string) {
  return client.POST("/cases/{number}/replies", {
    params: { path: { number: caseNumber }, ...(ifMatch ? { header: { "If-Match": ifMatch } } : {}) },
    body: { message },
    headers: bearer(agent.token),
  });
}

function act(agent: TestUser, caseNumber: string, body: Record<string, unknown>, ifMatch?: string) {
  return api("POST", `/cases/${caseNumber}/agent-actions`, {
    user: agent,
    json: body,
    headers: ifMatch ? { "if-match": ifMatch } : {},
  });
}

const supportReplies = async (caseNumber: string) =>
  (await itemsOfCase(caseNumber)).filter((item) => item.type === "support-reply");

describe("stale desk views", () => {
  it("gives the case an ETag that every change raises, and shows the version to staff only", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    const opened = await view(agent, caseNumber);
    expect(opened).toEqual({ etag: '"1"', version: 1 });
    await act(agent, caseNumber, { action: "internal-note", message: "Looking at it" }, opened.etag);
    const noted = await view(agent, caseNumber);
    const asCustomer = await api("GET", `/cases/${caseNumber}`, { user: customer });
    expect(noted).toEqual({ etag: '"2"', version: 2 });
    expect(asCustomer.body.version).toBeUndefined();
    expect(asCustomer.status).toBe(200);
    expect((await caseItem(caseNumber))?.version).toBe(2);
  });

  it("lets exactly one of two agents answering the same view at once through, with one follow-up", async () => {
    const [customer, first, second] = await Promise.all([newUser(), newUser(["agent"]), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const { etag } = await view(first, caseNumber);

    const answers = await Promise.all([
      reply(first, caseNumber, "Please update to build 4711.", etag),
      reply(second, caseNumber, "Could you send the backup log?", etag),
    ]);

    const statuses = answers.map((answer) => answer.response.status).sort();
    expect(statuses).toEqual([201, 409]);
    const won = answers.find((answer) => answer.data)?.data;
    const lost = answers.find((answer) => answer.error)?.error as Record<string, unknown>;
    expect(lost.type).toBe("https://support-center.example/problems/stale-case");
    expect(lost.currentVersion).toBe(2);
    // The newer answer the losing agent has not seen comes with the refusal.
    expect(lost.events).toEqual([expect.objectContaining({ type: "support-reply", message: won?.message })]);
    expect(await supportReplies(caseNumber)).toHaveLength(1);
    expect((await caseItem(caseNumber))?.replyCount).toBe(1);
    await waitForExecution(caseNumber, "1");
    expect(await describeExecution(caseNumber, "2")).toBeUndefined();
  });

  it("refuses an action on a view older than a customer's note, writes nothing, and takes the new ETag", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const answered = await reply(agent, caseNumber, "Try build 4711.");
    const seen = await view(agent, caseNumber);
    const note = await api("POST", `/cases/${caseNumber}/notes`, {
      user: customer,
      json: { message: "Still failing." },
    });
    expect([answered.response.status, note.status]).toEqual([201, 201]);
    const before = await itemsOfCase(caseNumber);

    const stale = await act(agent, caseNumber, { action: "resolve", resolution: "Fixed" }, seen.etag);

    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(seen.version + 1);
    expect(stale.body.events).toEqual([
      expect.objectContaining({
        type: "customer-note",
        message: "Still failing.",
        version: seen.version + 1,
      }),
    ]);
    expect(await itemsOfCase(caseNumber)).toEqual(before);
    const fresh = await view(agent, caseNumber);
    const resolved = await act(agent, caseNumber, { action: "resolve", resolution: "Fixed" }, fresh.etag);
    expect(resolved.status).toBe(200);
    expect(resolved.body.version).toBe(fresh.version + 1);
  });

  it("makes a view older than a follow-up the workflow sent stale, and shows that follow-up", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await reply(agent, caseNumber, "Try build 4711.");
    const seen = await view(agent, caseNumber);
    await eventually("the first follow-up on the timeline", async () =>
      (await itemsOfCase(caseNumber)).find((item) => item.type === "follow-up-sent"),
    );

    const stale = await act(agent, caseNumber, { action: "internal-note", message: "late" }, seen.etag);

    expect(stale.status).toBe(409);
    expect(stale.body.events).toContainEqual(
      expect.objectContaining({ type: "follow-up-sent", version: seen.version + 1 }),
    );
  });

  it("lets writes without If-Match through as before, and `*` match any version", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await act(agent, caseNumber, { action: "internal-note", message: "one" });

    expect((await act(agent, caseNumber, { action: "internal-note", message: "two" })).status).toBe(200);
    expect((await act(agent, caseNumber, { action: "internal-note", message: "three" }, "*")).status).toBe(
      200,
    );
    expect((await reply(agent, caseNumber, "An answer from an integration.")).response.status).toBe(201);
    expect((await view(agent, caseNumber)).version).toBe(5);
  });

  it("refuses an If-Match that is no ETag of ours with a problem naming the header", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const before = await itemsOfCase(caseNumber);

    const answers = await Promise.all(
      ["1", 'W/"1"', '"x"', ""].map((value) =>
        act(agent, caseNumber, { action: "internal-note", message: "n" }, value || " "),
      ),
    );

    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: "header.if-match" })]);
    }
    expect(await itemsOfCase(caseNumber)).toEqual(before);
  });
});
