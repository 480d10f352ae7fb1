import { describe, expect, it } from "vitest";
import { api, newUser, VALID_CASE } from "../support/local";

describe("Idempotency-Key on creating POSTs", () => {
  it("answers a retried request with the first answer and creates nothing new", async () => {
    const customer = await newUser();
    const headers = { "idempotency-key": `open-${Date.now()}` };

    const first = await api("POST", "/cases", { user: customer, json: VALID_CASE, headers });
    const retry = await api("POST", "/cases", { user: customer, json: VALID_CASE, headers });
    const list = await api("GET", "/cases", { user: customer });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.caseNumber).toBe(first.body.caseNumber);
    expect(list.body.items).toHaveLength(1);
  });

  it("gives retries sent at once with one key one case, each the first answer", async () => {
    const customer = await newUser();
    const headers = { "idempotency-key": `burst-${Date.now()}` };

    const answers = await Promise.all(
      Array.from({ length: 6 }, () => api("POST", "/cases", { user: customer, json: VALID_CASE, headers })),
    );
    const list = await api("GET", "/cases", { user: customer });

    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((answer) => answer.body.caseNumber)).size).toBe(1);
    expect(list.body.items).toHaveLength(1);
  });

  it("refuses the same key with a different body, and keeps keys apart per caller", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const headers = { "idempotency-key": `shared-${Date.now()}` };

    await api("POST", "/cases", { user: alice, json: VALID_CASE, headers });
    const changed = await api("POST", "/cases", {
      user: alice,
      json: { ...VALID_CASE, subject: "Other" },
      headers,
    });
    const bobs = await api("POST", "/cases", { user: bob, json: VALID_CASE, headers });

    expect(changed.status).toBe(422);
    expect(changed.contentType).toBe("application/problem+json");
    expect(bobs.status).toBe(201);
    expect((await api("GET", "/cases", { user: bob })).body.items).toHaveLength(1);
  });

  it("does not deduplicate requests without the header", async () => {
    const customer = await newUser();
    await api("POST", "/cases", { user: customer, json: VALID_CASE });
    await api("POST", "/cases", { user: customer, json: VALID_CASE });
    expect((await api("GET", "/cases", { user: customer })).body.items).toHaveLength(2);
  });

  it("lets a request refused for bad input be retried with the same key once corrected", async () => {
    const customer = await newUser();
    const headers = { "idempotency-key": `fix-${Date.now()}` };
    const bad = await api("POST", "/cases", {
      user: customer,
      json: { ...VALID_CASE, severity: "Z" },
      headers,
    });
    expect(bad.status).toBe(400);
    const corrected = await api("POST", "/cases", { user: customer, json: VALID_CASE, headers });
    expect(corrected.status).toBe(201);
  });
});
