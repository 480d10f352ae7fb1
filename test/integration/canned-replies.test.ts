import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ROUTES } from "#api/routes";
import { bearer } from "#client/api";
import { fillCannedReply } from "#domain/canned-replies";
import { api, client, newUser, type TestUser } from "../support/local";

const example = ROUTES.createCannedReply.example.body;

async function create(admin: TestUser, body: unknown = example) {
  return api("POST", "/admin/canned-replies", { user: admin, json: body });
}

const listed = async (user: TestUser) => {
  const { data } = await client.GET("/canned-replies", { headers: bearer(user.token) });
  return data?.items ?? [];
};

describe("canned replies", () => {
  it("lets an admin write, rewrite and delete one, and agents read them for the composer", async () => {
    const [admin, agent] = await Promise.all([newUser(["admin"]), newUser(["agent"])]);

    const created = await create(admin);
    const id = String(created.body.cannedReplyId);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...example,
      placeholders: ["customerName", "caseNumber", "agentName"],
      updatedBy: admin.id,
    });
    const fromAgent = (await listed(agent)).find((reply) => reply.cannedReplyId === id);
    expect(fromAgent?.body).toEqual(example.body);
    // The desk fills it from the same domain function.
    expect(
      fillCannedReply(fromAgent?.body.en ?? "", { customerName: "Li Wei", caseNumber: "00000042" }),
    ).toContain("Dear Li Wei,");

    const rewritten = await api("PUT", `/admin/canned-replies/${id}`, {
      user: admin,
      json: ROUTES.replaceCannedReply.example.body,
    });
    expect(rewritten.status).toBe(200);
    expect(rewritten.body).toMatchObject({
      title: { en: "Send us the log" },
      placeholders: ["customerName", "caseNumber"],
    });
    const read = await client.GET("/admin/canned-replies/{cannedReplyId}", {
      params: { path: { cannedReplyId: id } },
      headers: bearer(admin.token),
    });
    expect(read.data?.title.en).toBe("Send us the log");

    expect((await api("DELETE", `/admin/canned-replies/${id}`, { user: admin })).status).toBe(204);
    expect((await listed(agent)).map((reply) => reply.cannedReplyId)).not.toContain(id);
    expect((await api("DELETE", `/admin/canned-replies/${id}`, { user: admin })).status).toBe(404);
    expect((await api("GET", `/admin/canned-replies/${id}`, { user: admin })).status).toBe(404);
    expect((await api("PUT", `/admin/canned-replies/${id}`, { user: admin, json: example })).status).toBe(
      404,
    );
  });

  it("refuses unknown placeholders and missing languages with 400 naming the field, and writes nothing", async () => {
    const admin = await newUser(["admin"]);
    const before = (await listed(admin)).length;
    const withBody = (body: Record<string, string>) => ({ ...example, body: { ...example.body, ...body } });

    const unknown = await create(admin, withBody({ "zh-CN": "{{customerName}}，您好 {{firstName}}" }));
    const missing = await create(admin, { title: { en: "Only English" }, body: example.body });
    const empty = await create(admin, withBody({ en: "   " }));

    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      {
        field: "body.zh-CN",
        message: expect.stringContaining("{{customerName}}, {{caseNumber}}, {{agentName}}"),
      },
    ]);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: "title.zh-CN" })]);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: "body.en" })]);
    expect((await listed(admin)).length).toBe(before);
  });

  it("is the admins' to change: agents and customers are refused, customers cannot even read them", async () => {
    const [agent, customer] = await Promise.all([newUser(["agent"]), newUser(["customer"])]);

    expect((await create(agent)).status).toBe(403);
    expect((await api("DELETE", `/admin/canned-replies/${randomUUID()}`, { user: agent })).status).toBe(403);
    expect((await api("GET", "/canned-replies", { user: customer })).status).toBe(403);
    expect(
      (await api("GET", "/admin/canned-replies/not-a-uuid", { user: await newUser(["admin"]) })).status,
    ).toBe(400);
  });
});
