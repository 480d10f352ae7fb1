import { describe, expect, it } from "vitest";
import { api, caseItem, itemsOfCase, newCustomer, newUser, openCase, VALID_CASE } from "../support/local";

function expectProblem(
  answer: { status: number; contentType: string; body: Record<string, unknown> },
  status: number,
) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toBe("application/problem+json");
  expect(answer.body).toMatchObject({
    status,
    type: expect.stringContaining("/problems/"),
    title: expect.any(String),
  });
}

function fieldsNamed(body: Record<string, unknown>): string[] {
  return ((body.errors as { field: string }[] | undefined) ?? []).map((e) => e.field);
}

describe("opening cases", () => {
  it("answers 201 with an 8-digit case number, the normalised serial and the case waiting on support", async () => {
    const customer = await newUser();
    const answer = await api("POST", "/cases", {
      user: customer,
      json: { ...VALID_CASE, serial: "  aaa11-bb22b-c33cc-44ddd-5eeee " },
    });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      caseNumber: expect.stringMatching(/^\d{8}$/),
      serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
      status: "awaiting_support",
      customerEmail: customer.email,
    });
    expect(answer.body).not.toHaveProperty("customerId");
  });

  // 100 parallel openings: test/integration/concurrency.test.ts.

  it("lists only the caller's cases, newest first, with cursor pagination", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const mine = [await openCase(alice), await openCase(alice), await openCase(alice)];
    await openCase(bob);

    const first = await api("GET", "/cases?limit=2", { user: alice });
    const second = await api("GET", `/cases?limit=2&cursor=${first.body.nextCursor}`, { user: alice });
    const numbers = [
      ...(first.body.items as { caseNumber: string }[]),
      ...(second.body.items as { caseNumber: string }[]),
    ].map((c) => c.caseNumber);

    expect(numbers).toEqual([...mine].reverse());
    expect(second.body.nextCursor).toBeUndefined();
  });
});

describe("bad input is refused with a problem naming it, and nothing is written", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a product problem without a serial", { serial: undefined, topic: "product-problem" }, "serial"],
    ["an unknown topic", { topic: "gossip" }, "topic"],
    ["a missing topic", { topic: undefined }, "topic"],
    ["a malformed serial", { serial: "ABC-123" }, "serial"],
    ["a 5x5 serial with a bad character", { serial: "AAA11-BB22B-C33CC-44DDD-5EEE!" }, "serial"],
    ["a severity outside A-D", { severity: "E" }, "severity"],
    ["a severity of the wrong type", { severity: 1 }, "severity"],
    ["an empty subject", { subject: "   " }, "subject"],
    ["a subject that is too long", { subject: "x".repeat(201) }, "subject"],
    ["a missing description", { description: undefined }, "description"],
    ["an unknown contact method", { preferredContact: "fax" }, "preferredContact"],
    ["phone contact without a phone number", { preferredContact: "phone" }, "phone"],
    ["an unsupported language", { language: "fr" }, "language"],
  ];

  it.each(cases)("400 for %s", async (_, change, field) => {
    const customer = await newUser();
    const answer = await api("POST", "/cases", { user: customer, json: { ...VALID_CASE, ...change } });

    expectProblem(answer, 400);
    expect(fieldsNamed(answer.body)).toContain(field);
    expect((await api("GET", "/cases", { user: customer })).body.items).toEqual([]);
  });

  it("400 naming every bad field at once", async () => {
    const answer = await api("POST", "/cases", { user: await newUser(), json: {} });

    expectProblem(answer, 400);
    expect(fieldsNamed(answer.body)).toEqual(
      expect.arrayContaining(["topic", "severity", "subject", "description", "preferredContact"]),
    );
  });

  it("400 for a body that is not JSON", async () => {
    const customer = await newUser();
    const answer = await api("POST", "/cases", {
      user: customer,
      rawBody: '{"serial": ',
      headers: { "content-type": "application/json" },
    });

    expectProblem(answer, 400);
    expect(answer.body.type).toMatch(/malformed-json$/);
  });

  it("400 for a JSON body that is not an object", async () => {
    const answer = await api("POST", "/cases", { user: await newUser(), json: ["not", "a", "case"] });
    expectProblem(answer, 400);
  });

  it("415 for a body that is not declared as JSON", async () => {
    const answer = await api("POST", "/cases", {
      user: await newUser(),
      rawBody: JSON.stringify(VALID_CASE),
      headers: { "content-type": "text/plain" },
    });
    expectProblem(answer, 415);
  });

  it("413 for an oversized body", async () => {
    const customer = await newUser();
    const answer = await api("POST", "/cases", {
      user: customer,
      json: { ...VALID_CASE, description: "x".repeat(70_000) },
    });

    expectProblem(answer, 413);
    expect((await api("GET", "/cases", { user: customer })).body.items).toEqual([]);
  });

  it("404 for an unknown case, 400 for a malformed case number", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);

    expectProblem(await api("GET", "/cases/99999998", { user: customer }), 404);
    expectProblem(
      await api("POST", "/cases/99999998/replies", { user: agent, json: { message: "hi" } }),
      404,
    );
    expectProblem(
      await api("POST", "/cases/99999998/notes", { user: customer, json: { message: "hi" } }),
      404,
    );
    const malformed = await api("GET", "/cases/12ab", { user: customer });
    expectProblem(malformed, 400);
    expect(fieldsNamed(malformed.body)).toEqual(["path.number"]);
  });

  it("400 for an empty reply or note, leaving the case untouched", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    const before = await itemsOfCase(caseNumber);

    expectProblem(
      await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "" } }),
      400,
    );
    expectProblem(
      await api("POST", `/cases/${caseNumber}/notes`, { user: customer, json: { text: "hi" } }),
      400,
    );
    expect(await itemsOfCase(caseNumber)).toEqual(before);
  });

  it("400 for a bad page size or a cursor it never issued", async () => {
    const customer = await newUser();
    expectProblem(await api("GET", "/cases?limit=0", { user: customer }), 400);
    expectProblem(await api("GET", "/cases?limit=abc", { user: customer }), 400);
    expectProblem(await api("GET", "/cases?cursor=bm90LWEtY3Vyc29y", { user: customer }), 400);
  });

  it("404 problem for an unknown route and 405 for a known path with another method", async () => {
    const customer = await newUser();
    expectProblem(await api("GET", "/nowhere", { user: customer }), 404);
    expectProblem(await api("DELETE", "/cases", { user: customer }), 405);
  });
});

describe("who may do what", () => {
  it("401 without a token or with a token signed by someone else", async () => {
    expectProblem(await api("GET", "/cases"), 401);
    const forged = await newUser();
    const [header, payload] = forged.token.split(".");
    expectProblem(
      await api("GET", "/cases", { headers: { authorization: `Bearer ${header}.${payload}.AAAA` } }),
      401,
    );
  });

  it("hides customer A's case from customer B, who can neither read nor answer it", async () => {
    const [alice, bob] = await Promise.all([newUser(), newUser()]);
    const caseNumber = await openCase(alice);

    expectProblem(await api("GET", `/cases/${caseNumber}`, { user: bob }), 404);
    expectProblem(
      await api("POST", `/cases/${caseNumber}/notes`, { user: bob, json: { message: "Resolved" } }),
      404,
    );
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support" });
    expect((await api("GET", `/cases/${caseNumber}`, { user: alice })).status).toBe(200);
  });

  it("refuses a customer posting a support reply, even on their own case", async () => {
    const customer = await newUser();
    const caseNumber = await openCase(customer);

    expectProblem(
      await api("POST", `/cases/${caseNumber}/replies`, { user: customer, json: { message: "hi" } }),
      403,
    );
    expect(await caseItem(caseNumber)).toMatchObject({ status: "awaiting_support", replyCount: 0 });
  });

  it("lets an agent read any case, and open one only on a customer's behalf", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);

    const read = await api("GET", `/cases/${caseNumber}`, { user: agent });
    expect(read.status).toBe(200);
    expect(read.body.events).toEqual([expect.objectContaining({ type: "case-opened" })]);
    const own = await api("POST", "/cases", { user: agent, json: VALID_CASE });
    expectProblem(own, 400);
    expect(fieldsNamed(own.body)).toEqual(["onBehalfOf"]);

    const call = await api("POST", "/cases", {
      user: agent,
      json: {
        ...VALID_CASE,
        channel: "phone",
        severity: "A",
        onBehalfOf: { customerId: customer.id },
      },
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      channel: "phone",
      severity: "A",
      openedBy: agent.id,
      customerId: customer.id,
      customerEmail: customer.email,
    });
    const mine = await api("GET", "/cases", { user: customer });
    expect((mine.body.items as { caseNumber: string }[])[0]?.caseNumber).toBe(call.body.caseNumber);
  });

  it("keeps the full problem definition, environment and contact, and refuses a phone case from a customer", async () => {
    const customer = await newUser();
    const details = {
      problem: {
        symptoms: "Job stops at 80%",
        errorOutput: "E1234: VSS timeout",
        stepsToReproduce: "Run nightly job",
        expectedResult: "Job completes",
      },
      environment: {
        productVersion: "12.1",
        build: "1214",
        occurrence: "recurring",
        beforeProblem: "Windows update",
        recentChanges: "New SAN",
      },
      contact: {
        company: "Acme GmbH",
        alternatePhone: "+49 30 999",
        otherContact: { name: "Li Wei", email: "li.wei@example.com" },
      },
    };
    const opened = await api("POST", "/cases", { user: customer, json: { ...VALID_CASE, ...details } });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ ...details, channel: "web" });

    const phone = await api("POST", "/cases", { user: customer, json: { ...VALID_CASE, channel: "phone" } });
    expectProblem(phone, 400);
    expect(fieldsNamed(phone.body)).toEqual(["channel"]);
    const bad = await api("POST", "/cases", {
      user: customer,
      json: { ...VALID_CASE, environment: { occurrence: "often" } },
    });
    expect(fieldsNamed(bad.body)).toEqual(["environment.occurrence"]);
  });

  it.each(["chat", "phone", "email"])(
    "refuses a customer's case on channel %s with 400 naming channel: only staff set chat and phone",
    async (channel) => {
      const customer = await newUser();
      const answer = await api("POST", "/cases", { user: customer, json: { ...VALID_CASE, channel } });

      expectProblem(answer, 400);
      expect(fieldsNamed(answer.body)).toEqual(["channel"]);
      expect((await api("GET", "/cases", { user: customer })).body.items).toEqual([]);
      const web = await api("POST", "/cases", { user: customer, json: { ...VALID_CASE, channel: "web" } });
      expect(web.body).toMatchObject({ channel: "web", firstResponseDueAt: expect.any(String) });
    },
  );

  it("takes the e-mail address and language of a case opened on a customer's behalf from their profile", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
    const { language: _language, ...withoutLanguage } = VALID_CASE;
    const call = await api("POST", "/cases", {
      user: agent,
      json: { ...withoutLanguage, channel: "chat", onBehalfOf: { customerId: customer.id } },
    });

    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({ customerEmail: customer.email, language: "zh-CN", channel: "chat" });
    expect(await caseItem(String(call.body.caseNumber))).toMatchObject({ customerEmail: customer.email });
  });

  it("refuses an e-mail address given with onBehalfOf (400), and an unknown customer (422), writing nothing", async () => {
    // A token but no account behind it: no profile, so not a customer of ours.
    const [customer, agent, stranger] = await Promise.all([newCustomer(), newUser(["agent"]), newUser()]);
    const onBehalfOf = (value: Record<string, unknown>) =>
      api("POST", "/cases", { user: agent, json: { ...VALID_CASE, channel: "phone", onBehalfOf: value } });

    const spoofed = await onBehalfOf({ customerId: customer.id, customerEmail: "attacker@evil.example" });
    expectProblem(spoofed, 400);
    expect(fieldsNamed(spoofed.body)).toEqual(["onBehalfOf.customerEmail"]);
    const unknown = await onBehalfOf({ customerId: stranger.id });
    expectProblem(unknown, 422);
    expect(fieldsNamed(unknown.body)).toEqual(["onBehalfOf.customerId"]);
    for (const user of [customer, stranger]) {
      expect((await api("GET", "/cases", { user })).body.items).toEqual([]);
    }
  });

  it("refuses a reply to a resolved case with 409", async () => {
    const [customer, agent] = await Promise.all([newUser(), newUser(["agent"])]);
    const caseNumber = await openCase(customer);
    await api("POST", `/cases/${caseNumber}/notes`, { user: customer, json: { message: "Resolved" } });

    expectProblem(
      await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message: "hi" } }),
      409,
    );
  });
});
