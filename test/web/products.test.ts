import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, sessionOf, signedUpCustomer } from "../support/accounts";
import { expectAccessible, openPortal, screenshot, tabTo, useBrowser } from "../support/browser";
import { day, importLicenses, license, newProductId, newSerial, register } from "../support/licenses";
import { api, newUser, type TestUser } from "../support/local";

const browser = useBrowser();
let admin: TestUser;

beforeAll(async () => {
  admin = await newUser(["admin"]);
});

/** A signed-up customer (with a profile) and their real ID token for API calls. */
async function customer(): Promise<TestUser> {
  const account = await signedUpCustomer();
  const { idToken } = await sessionOf(account.email);
  const payload = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
  return { id: String(payload.sub), email: account.email, token: idToken };
}

/**
 * Two licenses of one server product (a supported 5x5 under Premier, an outdated 8x8 whose
 * Standard plan ends in 20 days) and an agent in Chinese whose plan expired; fresh per test.
 */
function catalog() {
  const productId = newProductId();
  return {
    premier: license({
      productId,
      serial: newSerial("5x5"),
      productVersion: "12.1",
      licenseCount: 10,
      plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }],
    }),
    standard: license({
      productId,
      serial: newSerial("8x8"),
      productVersion: "11.0",
      licenseCount: 5,
      incidentCredits: 2,
      plans: [{ plan: "advantage-standard", startsOn: day(-345), endsOn: day(20) }],
    }),
    agent: license({
      productName: "Acme Backup Agent",
      edition: "Standard",
      language: "zh-CN",
      licenseCount: 3,
      productVersion: "3.0",
      plans: [{ plan: "advantage-premier", startsOn: day(-400), endsOn: day(-35) }],
    }),
  };
}

const LATEST_BUILD_BYTES = 1_300_000;

/** Three builds of the server: the latest uploaded (1.2 MB), the older two only listed. */
async function publishServerBuilds(productId: string) {
  const builds = [
    { version: "11.0", build: 1100, sizeBytes: 1_610_612_736, releasedOn: day(-300) },
    { version: "12.0", build: 1200, sizeBytes: 838_860_800, releasedOn: day(-120) },
    { version: "12.1", build: 1210, sizeBytes: LATEST_BUILD_BYTES, releasedOn: day(-5) },
  ];
  let uploadUrl = "";
  for (const build of builds) {
    const answer = await api("POST", "/admin/releases", {
      user: admin,
      json: { productId, ...build, notes: `Fixes of build ${build.build}`, fileName: "setup.exe" },
    });
    expect(answer.status).toBe(201);
    uploadUrl = String((answer.body.upload as { url: string }).url);
  }
  const file = Buffer.alloc(LATEST_BUILD_BYTES, 0x2e);
  file.write("b1210");
  expect((await fetch(uploadUrl, { method: "PUT", body: file })).status).toBe(200);
}

/** A customer owning the catalog's three licenses, and the server's builds published. */
async function customerWithProducts() {
  const products = catalog();
  await importLicenses(admin, Object.values(products));
  await publishServerBuilds(products.premier.productId);
  const user = await customer();
  expect(await register(user, ...Object.values(products).map((p) => p.serial))).toEqual([
    "registered",
    "registered",
    "registered",
  ]);
  return { user, products };
}

/** Opens the sign-in page on the way to `path` and signs in, as a returning customer does. */
async function signedInAt(path: string, email: string, options: { locale?: string; timeZone?: string } = {}) {
  // The page counts a plan's days from the reader's today; the fixtures' days are the support
  // zone's (day()): read in that zone, so the counts hold at every hour (16:00-24:00 UTC is
  // already tomorrow in Shanghai).
  const portal = await openPortal(browser(), `/sign-in?next=${encodeURIComponent(path)}`, {
    timeZone: "Asia/Shanghai",
    ...options,
  });
  await portal.page.getByLabel(/^(E-mail|电子邮件)$/).fill(email);
  await portal.page.getByLabel(/^(Password|密码)$/).fill(STRONG_PASSWORD);
  await portal.page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  return portal;
}

const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

async function goByMenu(page: Page, name: string) {
  await page.getByRole("navigation").getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

function productNamed(page: Page, name: string) {
  return page.locator("details.product").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

async function openCount(page: Page): Promise<number> {
  return page.locator("details.product[open]").count();
}

describe("the customer portal's product pages", { timeout: 120_000 }, () => {
  it("keyboard only: registers pasted serials and shows each line's outcome beside it, keeping the lines that can be fixed", async () => {
    const products = catalog();
    const theirs = license();
    await importLicenses(admin, [...Object.values(products), theirs]);
    await register(await newUser(), theirs.serial);
    const user = await customer();
    const unknown = newSerial();
    const { page, context, errors } = await signedInAt("/products/register", user.email);
    await page.getByRole("heading", { name: "Product registration" }).waitFor();

    const box = page.getByLabel("Serial numbers (one per line)");
    await tabTo(page, box);
    // A blank line, either case, both formats, a duplicate: what people paste.
    await page.keyboard.type(
      [
        products.premier.serial.toLowerCase(),
        "",
        products.standard.serial,
        "NOPE-1",
        theirs.serial,
        unknown,
        `  ${products.premier.serial}  `,
      ].join("\n"),
    );
    await page.getByText("6 lines, 1 not in either format.").waitFor();
    await screenshot(page, "products-register");
    await expectAccessible(page);
    await tabTo(page, page.getByRole("button", { name: "Register", exact: true }));
    await page.keyboard.press("Enter");

    const rows = page.locator(".results tbody tr");
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-outcome")))).toEqual([
      "registered",
      "registered",
      "malformed",
      "registered-to-another-account",
      "unknown",
      "already-yours",
    ]);
    // Each outcome stands beside the line it is about, numbered as the box was.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent))).toEqual([
      "1",
      "3",
      "4",
      "5",
      "6",
      "7",
    ]);
    expect(await rows.nth(2).textContent()).toContain("NOPE-1");
    expect(await rows.nth(3).textContent()).toContain("Registered to another account");
    expect(await page.locator(".results .summary").textContent()).toContain("Registered: 2");
    expect(await box.inputValue()).toBe(`NOPE-1\n${unknown}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-title");
    await screenshot(page, "products-register-results");
    await expectAccessible(page);

    await tabTo(page, page.getByRole("link", { name: "Go to my products and downloads" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "My products and downloads" }).waitFor();
    await productNamed(page, "Acme Backup Server").waitFor();
    await context.close();
    expect(errors).toEqual([]);
    const owned = await api("GET", "/products", { user });
    expect((owned.body.items as { serial: string }[]).map((p) => p.serial).sort()).toEqual(
      [products.premier.serial, products.standard.serial].sort(),
    );
  });

  it("lists products and downloads: expand and collapse all, serials, plan hints, support, the latest build's working link and the older builds", async () => {
    const { user, products } = await customerWithProducts();
    const { page, context, errors } = await signedInAt("/products", user.email);
    await page.getByRole("heading", { level: 1, name: "My products and downloads" }).waitFor();
    const server = productNamed(page, "Acme Backup Server");
    const agent = productNamed(page, "Acme Backup Agent");
    await server.waitFor();
    expect(await openCount(page)).toBe(1);

    await page.getByRole("button", { name: "Collapse all" }).click();
    await expect.poll(() => openCount(page)).toBe(0);
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect.poll(() => openCount(page)).toBe(2);

    expect(await server.locator(":scope > summary").textContent()).toContain("English · 15 licenses");
    const reveal = server.getByRole("button", { name: "Get all serial numbers" });
    expect(await reveal.getAttribute("aria-expanded")).toBe("false");
    await reveal.click();
    const serials = server.getByRole("list", { name: "Serial numbers of Acme Backup Server" });
    await serials.waitFor();
    expect((await serials.locator("li").allTextContents()).sort()).toEqual(
      [products.premier.serial, products.standard.serial].sort(),
    );
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await server.getByRole("button", { name: "Copy serial numbers" }).click();
    await server.getByText("Copied to the clipboard.").waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).split("\n").sort()).toEqual(
      [products.premier.serial, products.standard.serial].sort(),
    );

    const serverText = (await server.textContent()) ?? "";
    expect(serverText).toContain("Supported: technical support covers this version.");
    expect(serverText).toContain("Not supported: technical support covers versions 12.1 and 12.0 only.");
    expect(serverText).toContain("335 days left");
    expect(serverText).toContain("20 days left");
    expect(serverText).toContain("Single-incident credits left: 2");
    // Standard can be renewed or upgraded; Premier only renewed; anyone can buy an incident.
    expect(await server.getByRole("link", { name: "Renew" }).count()).toBe(2);
    expect(await server.getByRole("link", { name: "Upgrade to Advantage Premier" }).count()).toBe(1);
    expect(await server.getByRole("link", { name: "Buy single incident support" }).count()).toBe(2);

    const latest = server.locator(".latest");
    await latest.waitFor();
    expect(await latest.textContent()).toMatch(/12\.1.*1210.*1\.2 MB/);
    const link = server.getByRole("link", { name: "Download build 1210" }).first();
    const file = await fetch((await link.getAttribute("href")) ?? "");
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect([bytes.length, bytes.subarray(0, 5).toString()]).toEqual([LATEST_BUILD_BYTES, "b1210"]);
    await server.getByText("Older builds and version history (2)").click();
    const older = server.locator(".history tbody tr");
    expect(await older.allTextContents()).toEqual([
      expect.stringMatching(/^12\.01200.*800 MBFixes of build 1200Download build 1200$/),
      expect.stringMatching(/^11\.0not supported1100.*1\.5 GBFixes of build 1100Download build 1100$/),
    ]);

    const agentText = (await agent.textContent()) ?? "";
    expect(agentText).toContain("Chinese (China)");
    expect(agentText).toContain("expired 35 days ago");
    expect(agentText).toContain("No build of this product has been published yet.");
    expect(await agent.getByRole("link", { name: "Renew" }).count()).toBe(1);
    await screenshot(page, "products");
    await expectAccessible(page);

    await goByMenu(page, "Product updates");
    const serverRow = page.getByRole("row", { name: /Acme Backup Server/ });
    await serverRow.getByText("Update available").waitFor();
    expect(await serverRow.textContent()).toContain("12.1, 11.0");
    expect(
      await serverRow
        .getByRole("link", { name: "Download Acme Backup Server build 1210" })
        .getAttribute("href"),
    ).toMatch(/^http/);
    await page
      .getByRole("row", { name: /Acme Backup Agent/ })
      .getByText("No build published yet")
      .waitFor();
    await screenshot(page, "products-updates");
    await expectAccessible(page);

    await goByMenu(page, "Subscriptions");
    await page.getByRole("heading", { name: "Acme Backup Agent (Standard)" }).waitFor();
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain(products.standard.serial);
    expect(main).toContain("expired 35 days ago");
    expect(main).toContain("20 days left");
    expect(await page.locator("main section.subscription").count()).toBe(3);
    await screenshot(page, "subscriptions");
    await expectAccessible(page);

    // A plan's renew hint asks customer service for an offer about that product.
    await goByMenu(page, "My products and downloads");
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.getByRole("link", { name: "Renew" }).first().click();
    await page.getByLabel("Subject").waitFor();
    expect(new URL(page.url()).searchParams.get("topic")).toBe("offers");
    expect(await page.locator("main").textContent()).toContain("Customer Service");
    await context.close();
    expect(errors).toEqual([]);
  });

  it("edits the profile: the API's error lands beside its field, Cancel keeps the facts, a saved language turns the page", async () => {
    const user = await customer();
    const { page, context, errors } = await signedInAt("/account", user.email);
    await page.getByRole("heading", { name: "My account" }).waitFor();
    await page.getByRole("button", { name: "Edit profile" }).click();
    const firstName = page.getByLabel("First name");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("firstName");
    await firstName.fill("M".repeat(101));
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("#firstName-error").textContent()).toMatch(/\S/);
    expect(await firstName.getAttribute("aria-invalid")).toBe("true");
    await page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." }).waitFor();
    await screenshot(page, "profile-edit-error");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Edit profile" }).waitFor();
    expect(await page.textContent("main")).toContain("Mei Lin");

    await page.getByRole("button", { name: "Edit profile" }).click();
    await page.getByLabel("First name").fill("Meiling");
    await page.getByLabel("Country or region").selectOption("DE");
    await page.getByLabel("Language of our e-mails").selectOption("zh-CN");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { name: "我的账户" }).waitFor();
    await page.getByRole("status").filter({ hasText: "您的个人资料已保存。" }).waitFor();
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain("Meiling Lin");
    expect(main).toContain("德国");
    expect(main).toMatch(CHINESE_DATE);
    await screenshot(page, "profile-saved-zh-CN");
    await expectAccessible(page);
    await context.close();
    expect(errors).toEqual([]);
    expect((await api("GET", "/me", { user })).body).toMatchObject({
      firstName: "Meiling",
      country: "DE",
      language: "zh-CN",
    });
  });

  it("in zh-CN: products, updates and subscriptions in Chinese with Chinese dates", async () => {
    const { user } = await customerWithProducts();
    expect((await api("PATCH", "/me", { user, json: { language: "zh-CN" } })).status).toBe(200);
    const { page, context, errors } = await signedInAt("/products", user.email, {
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
    });
    await page.getByRole("heading", { level: 1, name: "我的产品和下载" }).waitFor();
    await page.getByRole("button", { name: "全部展开" }).click();
    await expect.poll(() => openCount(page)).toBe(2);
    const server = productNamed(page, "Acme Backup Server");
    await server.locator(".latest").waitFor();
    const text = (await server.textContent()) ?? "";
    expect(text).toContain("获取所有序列号");
    expect(text).toContain("剩余 335 天");
    expect(text).toContain("升级到 Advantage 高级版");
    expect(text).toMatch(CHINESE_DATE);
    expect(await productNamed(page, "Acme Backup Agent").textContent()).toContain("中文（中国）");
    await screenshot(page, "zh-CN-products");
    await expectAccessible(page);

    await goByMenu(page, "产品更新");
    await page.getByText("有可用更新").waitFor();
    expect(await page.textContent("main")).toMatch(CHINESE_DATE);
    await screenshot(page, "zh-CN-products-updates");
    await expectAccessible(page);

    await goByMenu(page, "订阅");
    await page.getByText("已过期 35 天").waitFor();
    expect(await page.textContent("main")).toMatch(CHINESE_DATE);
    await screenshot(page, "zh-CN-subscriptions");
    await expectAccessible(page);
    await context.close();
    expect(errors).toEqual([]);
  });
});
