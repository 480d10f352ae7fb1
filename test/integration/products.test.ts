import { describe, expect, it } from "vitest";
import {
  day,
  importLicenses,
  license,
  newSerial,
  openTechnicalCase,
  publishRelease,
  register,
} from "../support/licenses";
import { api, newUser } from "../support/local";

const admin = await newUser(["admin"]);

describe("the license catalog", () => {
  it("imports idempotently by serial and reports every row", async () => {
    const entry = license();
    const first = await importLicenses(admin, [entry, { ...entry, serial: "not-a-serial" }]);
    const again = await importLicenses(admin, [entry]);
    const changed = await importLicenses(admin, [{ ...entry, licenseCount: 25 }]);

    expect(first.summary).toEqual({ created: 1, updated: 0, unchanged: 0, invalid: 1 });
    expect(first.rows[1]).toMatchObject({
      row: 2,
      outcome: "invalid",
      errors: [expect.objectContaining({ field: "serial" })],
    });
    expect(again.rows).toEqual([{ row: 1, serial: entry.serial, outcome: "unchanged" }]);
    expect(changed.rows[0]?.outcome).toBe("updated");
  });

  it("imports CSV with the same columns", async () => {
    const serial = newSerial("8x8");
    const csv = [
      "serial,productId,productName,edition,language,licenseCount,productVersion,trialEndsOn,plans,incidentCredits",
      `${serial.toLowerCase()},backup-agent,Acme Backup Agent,Standard,zh-CN,3,11.0,,advantage-standard:${day(-1)}:${day(100)},2`,
      `${newSerial()},backup-agent,Acme Backup Agent,Standard,zh-CN,0,11.0,,,0`,
    ].join("\n");
    const answer = await api("POST", "/admin/licenses", {
      user: admin,
      rawBody: csv,
      headers: { "content-type": "text/csv" },
    });

    expect(answer.status).toBe(200);
    expect(answer.body.summary).toEqual({ created: 1, updated: 0, unchanged: 0, invalid: 1 });
    expect((answer.body.rows as { serial?: string }[])[0]?.serial).toBe(serial);
  });

  it("is for admins only, and refuses other content types", async () => {
    const customer = await newUser();
    expect(
      (await api("POST", "/admin/licenses", { user: customer, json: { licenses: [license()] } })).status,
    ).toBe(403);
    const xml = await api("POST", "/admin/licenses", {
      user: admin,
      rawBody: "<x/>",
      headers: { "content-type": "application/xml" },
    });
    expect(xml.status).toBe(415);
  });
});

describe("registering products", () => {
  it.each(["5x5", "8x8"] as const)("gives each %s serial its own outcome, normalised", async (format) => {
    const [mine, theirs, fresh] = [
      license({ serial: newSerial(format) }),
      license({ serial: newSerial(format) }),
      license({ serial: newSerial(format) }),
    ];
    await importLicenses(admin, [mine, theirs, fresh]);
    const [customer, other] = await Promise.all([newUser(), newUser()]);
    await register(other, theirs.serial);
    await register(customer, mine.serial);
    const malformed = `${newSerial(format)}X`;

    const outcomes = await register(
      customer,
      `  ${mine.serial.toLowerCase()}  `,
      theirs.serial,
      newSerial(format),
      malformed,
      fresh.serial.toLowerCase(),
    );

    expect(outcomes).toEqual([
      "already-yours",
      "registered-to-another-account",
      "unknown",
      "malformed",
      "registered",
    ]);
  });

  // 20 accounts racing for one serial: test/integration/concurrency.test.ts.

  it("refuses an empty list and more than 50 serials", async () => {
    const customer = await newUser();
    expect(
      (await api("POST", "/products/registrations", { user: customer, json: { serials: " \n " } })).status,
    ).toBe(400);
    const many = Array.from({ length: 51 }, () => newSerial()).join("\n");
    expect(
      (await api("POST", "/products/registrations", { user: customer, json: { serials: many } })).status,
    ).toBe(400);
  });

  it("lists only the caller's products with serials, plans and support state", async () => {
    const entry = license({
      plans: [
        { plan: "advantage-standard", startsOn: day(-400), endsOn: day(-35) },
        { plan: "advantage-premier", startsOn: day(-30), endsOn: day(0) },
      ],
    });
    await importLicenses(admin, [entry, license()]);
    const [customer, other] = await Promise.all([newUser(), newUser()]);
    await register(customer, entry.serial);

    const mine = await api("GET", "/products", { user: customer });
    const theirs = await api("GET", "/products", { user: other });

    expect(theirs.body.items).toEqual([]);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        serial: entry.serial,
        productName: "Acme Backup Server",
        licenseCount: 10,
        supported: true,
        plans: [
          expect.objectContaining({
            plan: "advantage-standard",
            state: "expired",
            canUpgradeToPremier: true,
          }),
          expect.objectContaining({ plan: "advantage-premier", state: "active", endsOn: day(0) }),
        ],
      }),
    ]);
    expect(mine.body.items).not.toContainEqual(expect.objectContaining({ ownerId: expect.anything() }));
  });
});

describe("downloads", () => {
  it("lists builds newest first with working short-lived links, only for the owner", async () => {
    const entry = license();
    await importLicenses(admin, [entry]);
    const [owner, stranger] = await Promise.all([newUser(), newUser()]);
    await register(owner, entry.serial);
    for (const [version, build] of [
      ["12.0", 100],
      ["12.1", 110],
      ["12.1", 111],
    ] as const) {
      const { upload } = await publishRelease(admin, entry.productId, version, build);
      expect((await fetch(upload.url, { method: "PUT", body: `b${build}!` })).status).toBe(200);
    }

    const downloads = await api("GET", `/products/${entry.serial}/downloads`, { user: owner });
    const items = downloads.body.items as { build: number; version: string; download: { url: string } }[];

    expect(items.map((i) => i.build)).toEqual([111, 110, 100]);
    expect(await (await fetch(items[0]?.download.url ?? "")).text()).toBe("b111!");
    expect((await api("GET", `/products/${entry.serial}/downloads`, { user: stranger })).status).toBe(404);
  });
});

describe("case intake checks the entitlement", () => {
  async function customerWith(terms: Record<string, unknown>) {
    const entry = license(terms);
    await importLicenses(admin, [entry]);
    const customer = await newUser();
    await register(customer, entry.serial);
    return { customer, entry };
  }

  async function refusal(customer: Awaited<ReturnType<typeof newUser>>, serial: string) {
    const answer = await openTechnicalCase(customer, serial);
    expect(answer.status).toBe(403);
    expect(answer.contentType).toBe("application/problem+json");
    return answer.body as { reason: string; advice: string[] };
  }

  it("accepts a technical case under the best valid plan and stamps it", async () => {
    const { customer, entry } = await customerWith({
      plans: [
        { plan: "advantage-standard", startsOn: day(-10), endsOn: day(10) },
        { plan: "advantage-premier", startsOn: day(-10), endsOn: day(0) },
      ],
    });
    const answer = await openTechnicalCase(customer, entry.serial);

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      plan: "advantage-premier",
      topic: "product-problem",
      consumedCredit: false,
      firstResponseTargets: { email: { kind: "calendar-days", amount: 1 }, phone: { kind: "immediate" } },
    });
  });

  it("refuses with the reason and what to do instead", async () => {
    const stranger = await newUser();
    const notMine = await customerWith({});
    expect((await refusal(stranger, notMine.entry.serial)).reason).toBe("not-registered");

    const noPlan = await customerWith({ plans: [] });
    expect(await refusal(noPlan.customer, noPlan.entry.serial)).toMatchObject({ reason: "no-plan" });

    const expired = await customerWith({
      plans: [{ plan: "advantage-premier", startsOn: day(-400), endsOn: day(-1) }],
    });
    expect(await refusal(expired.customer, expired.entry.serial)).toMatchObject({
      reason: "plan-expired",
      advice: expect.arrayContaining(["renew", "knowledge-base"]),
    });

    const trial = await customerWith({
      trialEndsOn: day(-1),
      plans: [{ plan: "trial", startsOn: day(-31), endsOn: day(-1) }],
    });
    expect((await refusal(trial.customer, trial.entry.serial)).reason).toBe("trial-ended");

    const used = await customerWith({
      plans: [{ plan: "single-incident", startsOn: day(-1), endsOn: day(300) }],
    });
    expect((await refusal(used.customer, used.entry.serial)).reason).toBe("no-credits");
  });

  it("refuses an excluded topic and accepts a customer-service question without any license", async () => {
    const customer = await newUser();
    const base = { severity: "D", subject: "Q", description: "Q", preferredContact: "email", language: "en" };

    const excluded = await api("POST", "/cases", {
      user: customer,
      json: { ...base, topic: "network-consulting" },
    });
    const question = await api("POST", "/cases", { user: customer, json: { ...base, topic: "downloads" } });

    expect(excluded.status).toBe(403);
    expect(excluded.body.reason).toBe("excluded-topic");
    expect(question.status).toBe(201);
    expect(question.body.plan).toBe("customer-service");
  });

  it("drops the oldest version from support when a new one is published", async () => {
    const { customer, entry } = await customerWith({ productVersion: "12.0" });
    await publishRelease(admin, entry.productId, "12.0", 1);
    await publishRelease(admin, entry.productId, "12.1", 2);
    expect((await openTechnicalCase(customer, entry.serial)).status).toBe(201);

    await publishRelease(admin, entry.productId, "13.0", 3);
    const refused = await refusal(customer, entry.serial);

    expect(refused).toMatchObject({
      reason: "unsupported-version",
      advice: expect.arrayContaining(["update-to-latest-build"]),
    });
    expect(
      ((await api("GET", "/products", { user: customer })).body.items as { supported: boolean }[])[0]
        ?.supported,
    ).toBe(false);
  });

  it("spends single-incident credits atomically: 2 credits, 5 concurrent intakes, 2 accepted", async () => {
    const { customer, entry } = await customerWith({
      plans: [{ plan: "single-incident", startsOn: day(-1), endsOn: day(300) }],
      incidentCredits: 2,
    });

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => openTechnicalCase(customer, entry.serial)),
    );
    const accepted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 403);

    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.body.reason).toBe("no-credits");
    const options = await api("GET", `/support/options?serial=${entry.serial}`, { user: customer });
    expect(options.body.technical).toMatchObject({ allowed: false, reason: "no-credits" });

    // Withdrawn before any answer: the credit comes back and can be used again.
    const withdrawn = await api("POST", `/cases/${accepted[0]?.body.caseNumber}/withdraw`, {
      user: customer,
    });
    expect(withdrawn.status).toBe(200);
    expect((await openTechnicalCase(customer, entry.serial)).status).toBe(201);
    expect((await openTechnicalCase(customer, entry.serial)).status).toBe(403);
  });

  it("treats a plan ending today as valid, and shows the options", async () => {
    const { customer, entry } = await customerWith({
      plans: [{ plan: "advantage-standard", startsOn: day(-100), endsOn: day(0) }],
    });

    const options = await api("GET", `/support/options?serial=${entry.serial}`, { user: customer });

    expect(options.status).toBe(200);
    expect(options.body).toMatchObject({
      technical: { allowed: true, plan: "advantage-standard" },
      availability: "business-hours",
      channels: ["email", "chat", "phone"],
    });
    expect((await openTechnicalCase(customer, entry.serial)).status).toBe(201);
  });
});

describe("admin changes to a license", () => {
  it("refuses impossible dates such as 2099-02-30, which entitlement cannot reckon with", async () => {
    const entry = license();
    const customer = await newUser();
    const report = await importLicenses(admin, [entry, { ...license(), trialEndsOn: "2099-02-29" }]);
    await register(customer, entry.serial);

    const changed = await api("PATCH", `/admin/licenses/${entry.serial}`, {
      user: admin,
      json: {
        action: "set-plan",
        term: { plan: "advantage-premier", startsOn: day(-1), endsOn: "2099-02-30" },
      },
    });
    const options = await api("GET", `/support/options?serial=${entry.serial}`, { user: customer });

    expect(report.rows[1]).toMatchObject({
      outcome: "invalid",
      errors: [expect.objectContaining({ field: "trialEndsOn" })],
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(400);
    expect(changed.body.errors).toEqual([expect.objectContaining({ field: "term.endsOn" })]);
    // Stored, such a date made every entitlement check of the license a 500.
    expect(options.status, JSON.stringify(options.body)).toBe(200);
  });

  it("renews, upgrades Standard to Premier and adds credits", async () => {
    const entry = license({ plans: [{ plan: "advantage-standard", startsOn: day(-400), endsOn: day(-1) }] });
    await importLicenses(admin, [entry]);
    const path = `/admin/licenses/${entry.serial}`;

    const renewed = await api("PATCH", path, {
      user: admin,
      json: { action: "set-plan", term: { plan: "advantage-standard", startsOn: day(0), endsOn: day(365) } },
    });
    const upgraded = await api("PATCH", path, { user: admin, json: { action: "upgrade-to-premier" } });
    const credited = await api("PATCH", path, { user: admin, json: { action: "add-credits", credits: 3 } });

    expect(renewed.body.plans).toEqual([{ plan: "advantage-standard", startsOn: day(0), endsOn: day(365) }]);
    expect(upgraded.body.plans).toEqual([{ plan: "advantage-premier", startsOn: day(0), endsOn: day(365) }]);
    expect(credited.body.incidentCredits).toBe(3);
    expect((await api("PATCH", path, { user: admin, json: { action: "upgrade-to-premier" } })).status).toBe(
      409,
    );
    expect(
      (
        await api("PATCH", `/admin/licenses/${newSerial()}`, {
          user: admin,
          json: { action: "add-credits", credits: 1 },
        })
      ).status,
    ).toBe(404);
  });
});
