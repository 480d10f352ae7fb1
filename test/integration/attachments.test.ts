import { describe, expect, it } from "vitest";
import { ATTACHMENT_LIMITS } from "#domain/attachments";
import { api, newUser, openCase } from "../support/local";

const LOG = "2026-11-25 10:00:01 E1234 VSS timeout\n";

describe("case attachments", () => {
  it("uploads a log through a presigned URL, downloadable by the case's customer and staff only", async () => {
    const [customer, other, agent] = await Promise.all([newUser(), newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    const added = await api("POST", `/cases/${caseNumber}/attachments`, {
      user: customer,
      json: { fileName: "backup.log", contentType: "text/plain", sizeBytes: Buffer.byteLength(LOG) },
    });
    expect(added.status).toBe(201);
    const upload = added.body.upload as { url: string; headers: Record<string, string> };
    expect((await fetch(upload.url, { method: "PUT", body: LOG, headers: upload.headers })).status).toBe(200);

    for (const user of [customer, agent]) {
      const listed = await api("GET", `/cases/${caseNumber}/attachments`, { user });
      const [item] = listed.body.items as { fileName: string; download: { url: string } }[];
      expect(item?.fileName).toBe("backup.log");
      expect(await (await fetch(item?.download.url ?? "")).text()).toBe(LOG);
    }
    expect((await api("GET", `/cases/${caseNumber}/attachments`, { user: other })).status).toBe(404);
  });

  it("signs each upload for 10 minutes, under a fresh key, for creating that object only: a second PUT cannot overwrite it", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const attach = async (user: typeof customer) => {
      const added = await api("POST", `/cases/${caseNumber}/attachments`, {
        user,
        json: { fileName: "backup.log", contentType: "text/plain", sizeBytes: Buffer.byteLength(LOG) },
      });
      expect(added.status).toBe(201);
      return added.body.upload as { url: string; headers: Record<string, string>; expiresInSeconds: number };
    };
    const [mine, theirs] = [await attach(customer), await attach(agent)];
    const signed = new URL(mine.url).searchParams;

    expect(mine.expiresInSeconds).toBe(600);
    expect(signed.get("X-Amz-Expires")).toBe("600");
    expect(signed.get("X-Amz-SignedHeaders")?.split(";")).toEqual(
      expect.arrayContaining(["content-length", "content-type", "if-none-match"]),
    );
    expect(mine.headers).toEqual({ "content-type": "text/plain", "if-none-match": "*" });
    // Same case, same file name: two objects, and no key says what the file is called.
    expect(new URL(mine.url).pathname).not.toBe(new URL(theirs.url).pathname);
    expect(new URL(mine.url).pathname).not.toContain("backup.log");

    const put = (body: string, headers = mine.headers) => fetch(mine.url, { method: "PUT", body, headers });
    expect((await put(LOG)).status).toBe(200);
    const forged = LOG.replace("E1234", "E9999");
    expect((await put(forged)).status).toBe(412);
    expect((await put(forged, { "content-type": "text/plain" })).status).toBe(403);
    const listed = await api("GET", `/cases/${caseNumber}/attachments`, { user: agent });
    const texts = await Promise.all(
      (listed.body.items as { download: { url: string } }[]).map(async (i) =>
        (await fetch(i.download.url)).text(),
      ),
    );
    expect(texts).toContain(LOG);
    expect(texts.join("")).not.toContain("E9999");
  });

  it("refuses files over the size limit and types that are not allowed", async () => {
    const customer = await newUser();
    const caseNumber = await openCase(customer);
    const attach = (json: Record<string, unknown>) =>
      api("POST", `/cases/${caseNumber}/attachments`, { user: customer, json });

    const tooBig = await attach({
      fileName: "dump.zip",
      contentType: "application/zip",
      sizeBytes: ATTACHMENT_LIMITS.maxBytes + 1,
    });
    const wrongType = await attach({
      fileName: "setup.exe",
      contentType: "application/x-msdownload",
      sizeBytes: 10,
    });

    expect(tooBig.status).toBe(400);
    expect(JSON.stringify(tooBig.body)).toContain("sizeBytes");
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.body)).toContain("contentType");
    expect((await api("GET", `/cases/${caseNumber}/attachments`, { user: customer })).body.items).toEqual([]);
  });
});
