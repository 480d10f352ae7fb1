import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCAL_NOTICE_TOKEN_SECRET } from "#infra/local/release-notices";
import { unsubscribeToken } from "#notices/unsubscribe-token";
import { sessionOf, signedUpCustomer } from "../support/accounts";
import {
  expectAccessible,
  openPortal,
  screenshot,
  signedInPortal,
  tabTo,
  useBrowser,
} from "../support/browser";
import { day, importLicenses, license, newProductId } from "../support/licenses";
import { api, newUser, type TestUser } from "../support/local";

const browser = useBrowser();
let admin: TestUser;

beforeAll(async () => {
  admin = await newUser(["admin"]);
});

/** A signed-up customer (a profile, a real session) and their ID token for API calls. */
async function customer(): Promise<TestUser> {
  const account = await signedUpCustomer();
  const { idToken } = await sessionOf(account.email);
  const payload = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
  return { id: String(payload.sub), email: account.email, token: idToken };
}

/** Two server licenses (versions 12.0 and 11.0, under Premier) of a fresh product, in the catalog. */
async function serverLicenses() {
  const productId = newProductId();
  const plans = [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }];
  const current = license({ productId, productVersion: "12.0", plans });
  const older = license({ productId, productVersion: "11.0", plans });
  await importLicenses(admin, [current, older]);
  return { productId, current, older };
}

async function publish(productId: string, version: string, build: number, notes: string) {
  const answer = await api("POST", "/admin/releases", {
    user: admin,
    json: {
      productId,
      version,
      build,
      sizeBytes: 52_428_800,
      releasedOn: day(build - 1300),
      notes,
      fileName: "setup.exe",
    },
  });
  expect(answer.status).toBe(201);
}

async function noticesOf(user: TestUser): Promise<Record<string, boolean>> {
  const answer = await api("GET", "/products", { user });
  const items = answer.body.items as { serial: string; notices: { subscribed: boolean } }[];
  return Object.fromEntries(items.map((item) => [item.serial, item.notices.subscribed]));
}

async function setNotices(user: TestUser, serial: string, subscribed: boolean) {
  expect((await api("PUT", `/products/${serial}/notices`, { user, json: { subscribed } })).status).toBe(200);
}

function unsubscribePath(ownerId: string, productId: string) {
  return `/unsubscribe?token=${encodeURIComponent(unsubscribeToken({ ownerId, productId }, LOCAL_NOTICE_TOKEN_SECRET))}`;
}

async function look(page: Page, name: string) {
  await screenshot(page, name);
  await expectAccessible(page);
}

const toggleOf = (page: Page, serial: string) =>
  page.getByRole("checkbox", { name: `E-mail me notices of new releases (serial ${serial})` });

describe("release notices in the portal", { timeout: 120_000 }, () => {
  it("keyboard only: opts in at registration, then turns one serial off on the products page, with the opt-in time shown", async () => {
    const { current, older } = await serverLicenses();
    const user = await customer();
    const { page, context, errors } = await signedInPortal(browser(), user, "/products/register");
    await page.getByRole("heading", { level: 1, name: "Product registration" }).waitFor();

    await tabTo(page, page.getByLabel("Serial numbers (one per line)"));
    await page.keyboard.type(`${current.serial}\n${older.serial}`);
    const optIn = page.getByRole("checkbox", { name: "E-mail me notices of new releases of these products" });
    expect(await optIn.isChecked()).toBe(false);
    await tabTo(page, optIn);
    await page.keyboard.press("Space");
    expect(await optIn.isChecked()).toBe(true);
    await look(page, "notices-register");
    await tabTo(page, page.getByRole("button", { name: "Register", exact: true }));
    await page.keyboard.press("Enter");
    await page.getByText("Release notices are on for 2 serial numbers.").waitFor();
    expect(await noticesOf(user)).toEqual({ [current.serial]: true, [older.serial]: true });

    await tabTo(page, page.getByRole("link", { name: "Go to my products and downloads" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "My products and downloads" }).waitFor();
    const toggle = toggleOf(page, older.serial);
    expect(await toggle.isChecked()).toBe(true);
    const state = page.locator(`[id="notices-${older.serial}-state"]`);
    expect(await state.textContent()).toMatch(/^On since \d{1,2} \w+ \d{4} at \d{2}:\d{2}\.$/);
    await tabTo(page, toggle);
    await page.keyboard.press("Space");
    await expect.poll(() => state.textContent()).toBe("Off: no release e-mails for this serial.");
    await look(page, "notices-products");
    await context.close();
    expect(errors).toEqual([]);
    expect(await noticesOf(user)).toEqual({ [current.serial]: true, [older.serial]: false });
  });

  it("turns notices on under Subscriptions, in English and in Chinese", async () => {
    const { current } = await serverLicenses();
    const user = await customer();
    expect(
      (await api("POST", "/products/registrations", { user, json: { serials: current.serial } })).status,
    ).toBe(200);
    expect(await noticesOf(user)).toEqual({ [current.serial]: false });

    const { page, context, errors } = await signedInPortal(browser(), user, "/subscriptions");
    await page.getByRole("heading", { level: 3, name: "Release notices" }).first().waitFor();
    await toggleOf(page, current.serial).check();
    await page.getByText(/^On since /).waitFor();
    await look(page, "notices-subscriptions");
    expect(await noticesOf(user)).toEqual({ [current.serial]: true });

    await page.getByRole("button", { name: "简体中文 (switch language)" }).click();
    await page.getByRole("heading", { level: 3, name: "新版本通知" }).first().waitFor();
    expect(await page.locator(`[id="notices-${current.serial}-state"]`).textContent()).toMatch(
      /^自 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 起已开启。$/,
    );
    await look(page, "notices-subscriptions-zh-CN");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("unsubscribes from the notice's visible link without a sign-in; opening it again says so; a forged link changes nothing", async () => {
    const { productId, current, older } = await serverLicenses();
    const user = await customer();
    expect(
      (
        await api("POST", "/products/registrations", {
          user,
          json: { serials: `${current.serial}\n${older.serial}`, notices: true },
        })
      ).status,
    ).toBe(200);

    const forged = unsubscribePath(user.id, productId).replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    const bad = await openPortal(browser(), forged);
    await bad.page
      .getByRole("alert")
      .getByText(/This unsubscribe link is not valid/)
      .waitFor();
    await look(bad.page, "notices-unsubscribe-invalid");
    await bad.context.close();
    expect(await noticesOf(user)).toEqual({ [current.serial]: true, [older.serial]: true });

    const { page, context, errors } = await openPortal(browser(), unsubscribePath(user.id, productId));
    await page.getByRole("heading", { level: 1, name: "Unsubscribe from release notices" }).waitFor();
    await page
      .getByText("You will no longer get e-mails about new releases of Acme Backup Server.")
      .waitFor();
    expect(await page.getByRole("link", { name: "Sign in to turn them back on" }).isVisible()).toBe(true);
    await look(page, "notices-unsubscribed");
    expect(await noticesOf(user)).toEqual({ [current.serial]: false, [older.serial]: false });

    await page.reload();
    await page
      .getByText("Release notices of Acme Backup Server were already off: nothing else to do.")
      .waitFor();
    await context.close();
    expect(errors).toEqual([]);
  });

  it("signed in, the unsubscribe page turns the product's notices back on in one press", async () => {
    const { productId, current, older } = await serverLicenses();
    const user = await customer();
    expect(
      (
        await api("POST", "/products/registrations", {
          user,
          json: { serials: `${current.serial}\n${older.serial}` },
        })
      ).status,
    ).toBe(200);
    await setNotices(user, current.serial, true);

    const { page, context, errors } = await signedInPortal(
      browser(),
      user,
      unsubscribePath(user.id, productId),
    );
    await page
      .getByText("You will no longer get e-mails about new releases of Acme Backup Server.")
      .waitFor();
    expect(await noticesOf(user)).toEqual({ [current.serial]: false, [older.serial]: false });
    const again = page.getByRole("button", { name: "Turn the notices back on" });
    await tabTo(page, again);
    await look(page, "notices-unsubscribed-signed-in");
    await page.keyboard.press("Enter");
    await page.getByText("Release notices of Acme Backup Server are on again.").waitFor();
    await context.close();
    expect(errors).toEqual([]);
    expect(await noticesOf(user)).toEqual({ [current.serial]: true, [older.serial]: true });
  });

  it("shows what changed since the registered version with downloads, and the case form advises updating first without blocking it", async () => {
    const { productId, current, older } = await serverLicenses();
    await publish(productId, "11.0", 1100, "First build of 11.");
    await publish(productId, "12.0", 1200, "Faster restores.\nNew dashboard.");
    await publish(productId, "12.1", 1210, "Fixes VSS timeouts (E1234).");
    const user = await customer();
    await api("POST", "/products/registrations", {
      user,
      json: { serials: `${current.serial}\n${older.serial}` },
    });

    const { page, context, errors } = await signedInPortal(browser(), user, "/products/updates");
    const changes = page.getByRole("region", { name: "Acme Backup Server: what changed since version 11.0" });
    await changes.waitFor();
    expect(await changes.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/^12\.1 \(build 1210\), .*, 50 MB$/),
      expect.stringMatching(/^12\.0 \(build 1200\), /),
    ]);
    const text = (await changes.textContent()) ?? "";
    expect(text).toContain("Fixes VSS timeouts (E1234).");
    expect(text).toContain("Faster restores.");
    expect(text).not.toContain("First build of 11.");
    const link = changes.getByRole("link", { name: "Download Acme Backup Server build 1200" });
    expect(await link.getAttribute("href")).toMatch(/^http/);
    expect(await page.getByRole("row", { name: /Acme Backup Server/ }).textContent()).toContain(
      "Update available",
    );
    await look(page, "notices-product-updates");

    await page.getByRole("navigation").getByRole("link", { name: "Contact support", exact: true }).click();
    await page.getByLabel(/Acme Backup Server Enterprise 12\.0/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Describe the problem" }).click();
    const hint = page.locator(".older-build");
    await hint.waitFor();
    expect(await hint.textContent()).toContain(
      "You are on version 12.0; the newest build is version 12.1. Please update to the latest build first",
    );
    expect(await page.getByRole("button", { name: "Submit request" }).isEnabled()).toBe(true);
    await look(page, "notices-case-form-older-build");
    await context.close();
    expect(errors).toEqual([]);
  });
});
