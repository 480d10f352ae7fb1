import { randomUUID } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { LOCAL_NOTICE_TOKEN_SECRET } from "#infra/local/release-notices";
import { unsubscribeToken } from "#notices/unsubscribe-token";
import { keys } from "#repositories/keys";
import { noticeSubscriptionRepository } from "#repositories/notice-subscription-repository";
import { importLicenses, license, newProductId, newSerial, register } from "../support/licenses";
import { api, db, newUser, stack, type TestUser } from "../support/local";

const admin = await newUser(["admin"]);
const subscriptions = noticeSubscriptionRepository(db, stack.tableName);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A customer owning `count` fresh serials of one fresh product (registered without notices). */
async function ownerOfSerials(count: number) {
  const productId = newProductId();
  const licenses = Array.from({ length: count }, () => license({ productId }));
  await importLicenses(admin, licenses);
  const owner = await newUser();
  const serials = licenses.map((l) => l.serial);
  expect(await register(owner, ...serials)).toEqual(serials.map(() => "registered"));
  return { owner, productId, serials };
}

async function ownedItem(ownerId: string, serial: string) {
  const { Item } = await db.send(
    new GetCommand({ TableName: stack.tableName, Key: keys.ownedProduct(ownerId, serial) }),
  );
  return Item;
}

async function noticesOf(owner: TestUser) {
  const answer = await api("GET", "/products", { user: owner });
  expect(answer.status).toBe(200);
  const items = answer.body.items as { serial: string; notices: { subscribed: boolean; since?: string } }[];
  return Object.fromEntries(items.map((item) => [item.serial, item.notices]));
}

const tokenFor = (ownerId: string, productId: string) =>
  unsubscribeToken({ ownerId, productId }, LOCAL_NOTICE_TOKEN_SECRET);

/** RFC 8058's one-click POST as a mail client sends it: form-encoded, no session. */
function oneClick(token: string, body = "List-Unsubscribe=One-Click") {
  return api("POST", `/notices/unsubscribe?token=${encodeURIComponent(token)}`, {
    rawBody: body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

describe("the notice subscription repository", () => {
  it("opts serials in and out: one subscriber item per owner and product, the first opt-in time kept", async () => {
    const { owner, productId, serials } = await ownerOfSerials(2);
    const [first = "", second = ""] = serials;

    expect(
      await subscriptions.optIn({
        ownerId: owner.id,
        serial: first,
        productId,
        now: "2026-01-01T00:00:00.000Z",
      }),
    ).toBe(true);
    expect(
      await subscriptions.optIn({
        ownerId: owner.id,
        serial: first,
        productId,
        now: "2026-02-01T00:00:00.000Z",
      }),
    ).toBe(true);
    expect(
      await subscriptions.optIn({
        ownerId: owner.id,
        serial: second,
        productId,
        now: "2026-03-01T00:00:00.000Z",
      }),
    ).toBe(true);

    expect(await subscriptions.load(productId, owner.id)).toEqual({
      productId,
      ownerId: owner.id,
      serials: new Set([first, second]),
      since: "2026-01-01T00:00:00.000Z",
    });
    expect(await subscriptions.optedInSince({ ownerId: owner.id, serial: first })).toBe(
      "2026-01-01T00:00:00.000Z",
    );
    expect(await subscriptions.optedInSince({ ownerId: owner.id, serial: second })).toBe(
      "2026-03-01T00:00:00.000Z",
    );

    expect(await subscriptions.optOut({ ownerId: owner.id, serial: first, productId })).toBe(true);
    // Still subscribed through the second serial; opting out again changes nothing.
    expect(await subscriptions.optOut({ ownerId: owner.id, serial: first, productId })).toBe(true);
    expect((await subscriptions.load(productId, owner.id))?.serials).toEqual(new Set([second]));
    expect(await subscriptions.optedInSince({ ownerId: owner.id, serial: first })).toBeUndefined();

    expect(await subscriptions.optOut({ ownerId: owner.id, serial: second, productId })).toBe(true);
    // DynamoDB drops the emptied set: the fan-out's claim condition no longer holds.
    expect((await subscriptions.load(productId, owner.id))?.serials).toBeUndefined();
  });

  it("refuses someone else's serial both ways and writes nothing; a serial never opted in opts out without a trace", async () => {
    const { owner, productId, serials } = await ownerOfSerials(1);
    const serial = serials[0] ?? "";
    const stranger = await newUser();

    expect(
      await subscriptions.optIn({ ownerId: stranger.id, serial, productId, now: new Date().toISOString() }),
    ).toBe(false);
    expect(await subscriptions.optOut({ ownerId: stranger.id, serial, productId })).toBe(false);
    expect(await subscriptions.load(productId, stranger.id)).toBeUndefined();
    expect(await ownedItem(stranger.id, serial)).toBeUndefined();

    expect(await subscriptions.optOut({ ownerId: owner.id, serial, productId })).toBe(true);
    expect(await subscriptions.load(productId, owner.id)).toBeUndefined();
    expect(await ownedItem(owner.id, serial)).toMatchObject({ serial });
  });

  it("unsubscribes every serial of the product in one click, idempotently", async () => {
    const { owner, productId, serials } = await ownerOfSerials(3);
    const now = new Date().toISOString();
    for (const serial of serials) await subscriptions.optIn({ ownerId: owner.id, serial, productId, now });

    expect((await subscriptions.unsubscribe(productId, owner.id)).sort()).toEqual([...serials].sort());
    expect(await subscriptions.unsubscribe(productId, owner.id)).toEqual([]);
    expect((await subscriptions.load(productId, owner.id))?.serials).toBeUndefined();
    for (const serial of serials) expect((await ownedItem(owner.id, serial))?.noticesSince).toBeUndefined();
    // Nobody subscribed: nothing to do, and no item made up.
    expect(await subscriptions.unsubscribe(productId, randomUUID())).toEqual([]);
  });

  it("keeps a serial opted in while an unsubscribe runs: subscription and owned product stay in step", async () => {
    const { owner, productId, serials } = await ownerOfSerials(12);
    const [kept = "", ...others] = serials;
    const now = new Date().toISOString();
    for (const serial of others) await subscriptions.optIn({ ownerId: owner.id, serial, productId, now });

    const [removed] = await Promise.all([
      subscriptions.unsubscribe(productId, owner.id),
      subscriptions.optIn({ ownerId: owner.id, serial: kept, productId, now }),
    ]);

    const left = (await subscriptions.load(productId, owner.id))?.serials ?? new Set<string>();
    for (const serial of serials) {
      const marked = (await ownedItem(owner.id, serial))?.noticesSince !== undefined;
      expect([serial, marked], "owned product's mark vs subscription").toEqual([serial, left.has(serial)]);
    }
    // Whichever came first, the late opt-in is in exactly when the unsubscribe did not read it.
    expect(left.has(kept)).toBe(!removed.includes(kept));
  });

  it("pages a product's subscribers for the fan-out, skipping lapsed ones, and refuses a foreign cursor", async () => {
    const productId = newProductId();
    const now = new Date().toISOString();
    const subscribed = Array.from({ length: 5 }, () => randomUUID());
    const lapsed = randomUUID();
    // Written straight into the table, as the fan-out's tests do with many owners.
    for (const ownerId of [...subscribed, lapsed]) {
      await db.send(
        new PutCommand({
          TableName: stack.tableName,
          Item: {
            ...keys.noticeSubscription(productId, ownerId),
            productId,
            ownerId,
            since: now,
            ...(ownerId === lapsed ? {} : { serials: new Set([newSerial()]) }),
          },
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await subscriptions.subscribersPage(productId, 2, cursor);
      if (!page) throw new Error("a cursor issued here was refused");
      seen.push(...page.items.map((item) => item.ownerId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual([...subscribed].sort());
    expect(pages).toBeGreaterThan(2);

    const other = await subscriptions.subscribersPage(newProductId(), 2);
    expect(other).toEqual({ items: [], nextCursor: undefined });
    const first = await subscriptions.subscribersPage(productId, 2);
    expect(first?.nextCursor).toBeDefined();
    expect(await subscriptions.subscribersPage(newProductId(), 2, first?.nextCursor)).toBeUndefined();
  });
});

describe("opting in to release notices", () => {
  it("asks at registration: nothing without notices: true, the caller's serials opted in with it", async () => {
    const productId = newProductId();
    const [quiet, asked, alreadyMine, theirs] = [1, 2, 3, 4].map(() => license({ productId }));
    if (!quiet || !asked || !alreadyMine || !theirs) throw new Error("four licenses");
    await importLicenses(admin, [quiet, asked, alreadyMine, theirs]);
    const [owner, other] = [await newUser(), await newUser()];
    await register(other, theirs.serial);
    await register(owner, quiet.serial, alreadyMine.serial);

    const answer = await api("POST", "/products/registrations", {
      user: owner,
      json: {
        serials: [asked.serial, alreadyMine.serial, theirs.serial, "NOPE-1"].join("\n"),
        notices: true,
      },
    });

    expect(answer.status).toBe(200);
    const results = answer.body.results as {
      outcome: string;
      notices?: { subscribed: boolean; since?: string };
    }[];
    expect(results.map((r) => [r.outcome, r.notices?.subscribed])).toEqual([
      ["registered", true],
      ["already-yours", true],
      ["registered-to-another-account", undefined],
      ["malformed", undefined],
    ]);
    expect(results[0]?.notices?.since).toMatch(ISO_TIME);
    const notices = await noticesOf(owner);
    expect(notices[quiet.serial]).toEqual({ subscribed: false });
    expect(notices[asked.serial]).toEqual(results[0]?.notices);
    expect(notices[alreadyMine.serial]?.subscribed).toBe(true);
    expect((await subscriptions.load(productId, owner.id))?.serials).toEqual(
      new Set([asked.serial, alreadyMine.serial]),
    );
    expect(await subscriptions.load(productId, other.id)).toBeUndefined();
  });

  it("turns one serial's notices on and off, idempotently, keeping the first opt-in time", async () => {
    const { owner, productId, serials } = await ownerOfSerials(2);
    const [serial = "", other = ""] = serials;
    const put = (subscribed: boolean, user = owner, path = serial) =>
      api("PUT", `/products/${path}/notices`, { user, json: { subscribed } });

    const on = await put(true);
    expect(on.status).toBe(200);
    expect(on.body).toEqual({
      serial,
      productId,
      notices: { subscribed: true, since: expect.stringMatching(ISO_TIME) },
    });
    const again = await put(true);
    expect(again.body).toEqual(on.body);
    expect(await noticesOf(owner)).toEqual({ [serial]: on.body.notices, [other]: { subscribed: false } });

    // Lower case is the same serial; off twice is off.
    expect((await put(false, owner, serial.toLowerCase())).body).toEqual({
      serial,
      productId,
      notices: { subscribed: false },
    });
    expect((await put(false)).status).toBe(200);
    expect((await noticesOf(owner))[serial]).toEqual({ subscribed: false });
    expect((await subscriptions.load(productId, owner.id))?.serials).toBeUndefined();
  });

  it("answers 404 for a serial that is not the caller's, 400 for a bad body, and changes nothing", async () => {
    const { owner, productId, serials } = await ownerOfSerials(1);
    const serial = serials[0] ?? "";
    const stranger = await newUser();

    const foreign = await api("PUT", `/products/${serial}/notices`, {
      user: stranger,
      json: { subscribed: true },
    });
    expect([foreign.status, foreign.contentType]).toEqual([404, "application/problem+json"]);
    const unknown = await api("PUT", `/products/${newSerial()}/notices`, {
      user: owner,
      json: { subscribed: true },
    });
    expect(unknown.status).toBe(404);
    const bad = await api("PUT", `/products/${serial}/notices`, { user: owner, json: { subscribed: "yes" } });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual(["subscribed"]);
    const anonymous = await api("PUT", `/products/${serial}/notices`, { json: { subscribed: true } });
    expect(anonymous.status).toBe(401);

    expect(await subscriptions.load(productId, owner.id)).toBeUndefined();
    expect(await subscriptions.load(productId, stranger.id)).toBeUndefined();
  });
});

describe("the one-click unsubscribe (RFC 8058)", () => {
  async function subscribedOwner() {
    const { owner, productId, serials } = await ownerOfSerials(2);
    for (const serial of serials)
      expect(
        (await api("PUT", `/products/${serial}/notices`, { user: owner, json: { subscribed: true } })).status,
      ).toBe(200);
    return { owner, productId, serials, token: tokenFor(owner.id, productId) };
  }

  it("unsubscribes every serial of the product without a session, and answers the same again", async () => {
    const { owner, productId, serials, token } = await subscribedOwner();

    const first = await oneClick(token);
    expect([first.status, first.body]).toEqual([
      200,
      { productId, productName: "Acme Backup Server", subscribed: false, changed: true },
    ]);
    const second = await oneClick(token);
    expect([second.status, second.body.changed]).toEqual([200, false]);

    expect(await noticesOf(owner)).toEqual(
      Object.fromEntries(serials.map((s) => [s, { subscribed: false }])),
    );
    expect((await subscriptions.load(productId, owner.id))?.serials).toBeUndefined();
  });

  it("takes the portal page's JSON body and a multipart one-click body too", async () => {
    const { owner, productId, serials, token } = await subscribedOwner();
    const path = `/notices/unsubscribe?token=${encodeURIComponent(token)}`;

    const json = await api("POST", path, { json: {} });
    expect([json.status, json.body.changed]).toEqual([200, true]);

    await api("PUT", `/products/${serials[0]}/notices`, { user: owner, json: { subscribed: true } });
    const boundary = "----notice";
    const multipart = await api("POST", path, {
      rawBody: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
    expect([multipart.status, multipart.body.changed]).toEqual([200, true]);
    expect((await subscriptions.load(productId, owner.id))?.serials).toBeUndefined();
  });

  it("refuses a forged, altered or foreign-keyed token with a 400 problem and changes nothing", async () => {
    const { owner, productId, serials, token } = await subscribedOwner();
    const stranger = await newUser();
    const signature = token.slice(-32);
    const flipped = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    const otherOwner = tokenFor(stranger.id, productId).replace(/\.[0-9a-f]{32}$/, `.${signature}`);
    const wrongKey = unsubscribeToken({ ownerId: owner.id, productId }, "not-the-support-centers-key");
    for (const forged of [flipped, otherOwner, wrongKey, "v1.x.y.z", `${token}0`]) {
      const answer = await oneClick(forged);
      expect([forged, answer.status, answer.contentType]).toEqual([forged, 400, "application/problem+json"]);
      expect(String(answer.body.type)).toMatch(/\/invalid-unsubscribe-token$/);
    }
    const empty = await api("POST", "/notices/unsubscribe", {
      rawBody: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(empty.status).toBe(400);
    // A body that is not the one-click pair is refused before the token is even read.
    expect((await oneClick(token, "List-Unsubscribe=Two-Clicks")).status).toBe(400);

    expect((await subscriptions.load(productId, owner.id))?.serials).toEqual(new Set(serials));
    for (const serial of serials) expect((await noticesOf(owner))[serial]?.subscribed).toBe(true);
  });

  it("unsubscribes only the token's product: the owner's other products keep their notices", async () => {
    const first = await subscribedOwner();
    const other = license();
    await importLicenses(admin, [other]);
    await register(first.owner, other.serial);
    await api("PUT", `/products/${other.serial}/notices`, { user: first.owner, json: { subscribed: true } });

    expect((await oneClick(first.token)).status).toBe(200);

    expect((await noticesOf(first.owner))[other.serial]?.subscribed).toBe(true);
    expect((await subscriptions.load(other.productId, first.owner.id))?.serials).toEqual(
      new Set([other.serial]),
    );
  });
});
