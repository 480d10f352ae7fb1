import { describe, expect, it } from "vitest";
import { bearer } from "#client/api";
import { sessionOf, signedUpCustomer } from "../support/accounts";
import { day, importLicenses, license, newProductId, newSerial, register } from "../support/licenses";
import { api, client, newCustomer, newUser, openCase, type TestUser } from "../support/local";

async function customerIdOf(email: string, agent: TestUser) {
  const { data, response } = await client.GET("/customers", {
    params: { query: { email } },
    headers: bearer(agent.token),
  });
  return { data, status: response.status };
}

describe("customers as the desk sees them", () => {
  it("finds a caller by e-mail with their products and plans, to open a case on their behalf", async () => {
    const [account, agent, admin] = await Promise.all([
      signedUpCustomer(),
      newUser(["agent"]),
      newUser(["admin"]),
    ]);
    const { data: found, status } = await customerIdOf(account.email.toUpperCase(), agent);
    expect(status).toBe(200);
    expect(found?.customer).toMatchObject({ email: account.email, firstName: "Mei", lastName: "Lin" });
    expect(found?.products).toEqual([]);
    const customerId = String(found?.customer.id);

    const serial = newSerial();
    await importLicenses(admin, [license({ serial, productId: newProductId() })]);
    const { idToken } = await sessionOf(account.email);
    await register({ id: customerId, email: account.email, token: idToken }, serial);

    const again = await customerIdOf(account.email, agent);
    expect(again.data?.products).toEqual([
      expect.objectContaining({
        serial,
        plans: [expect.objectContaining({ plan: "advantage-premier", state: "active" })],
      }),
    ]);
    const opened = await api("POST", "/cases", {
      user: agent,
      json: {
        topic: "product-problem",
        serial,
        severity: "A",
        subject: "Caller: restore fails",
        description: "Taken on the phone.",
        preferredContact: "phone",
        phone: "+86 10 1234 5678",
        language: "en",
        channel: "phone",
        onBehalfOf: { customerId },
      },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  });

  it("shows the case page the customer by id, whose products include the case's serial and plan", async () => {
    const [customer, agent, admin] = await Promise.all([
      newCustomer(),
      newUser(["agent"]),
      newUser(["admin"]),
    ]);
    const serial = newSerial();
    await importLicenses(admin, [
      license({
        serial,
        productId: newProductId(),
        plans: [{ plan: "advantage-standard", startsOn: day(-10), endsOn: day(300) }],
      }),
    ]);
    await register(customer, serial);
    const caseNumber = await openCase(customer, { topic: "product-problem", serial });
    const theCase = await api("GET", `/cases/${caseNumber}`, { user: agent });

    const { data } = await client.GET("/customers/{customerId}", {
      params: { path: { customerId: String(theCase.body.customerId) } },
      headers: bearer(agent.token),
    });

    expect(data?.customer).toMatchObject({ id: customer.id, company: "Acme GmbH" });
    const product = data?.products.find((p) => p.serial === theCase.body.serial);
    expect(product?.plans.map((p) => p.plan)).toContain(theCase.body.plan);
  });

  it("answers 404 for nobody, and is for staff only", async () => {
    const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);

    expect((await customerIdOf("nobody-here@example.com", agent)).status).toBe(404);
    expect((await api("GET", "/customers/not-a-customer", { user: agent })).status).toBe(404);
    expect((await api("GET", `/customers/${customer.id}`, { user: customer })).status).toBe(403);
    const bad = await api("GET", "/customers?email=not-an-address", { user: agent });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: "query.email" })]);
  });
});
