import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STRONG_PASSWORD, sessionOf, signedUpCustomer } from "../support/accounts";
import { expectAccessible, openPortal, screenshot, tabTo, typeInto, useBrowser } from "../support/browser";
import { day, importLicenses, license, register } from "../support/licenses";
import { api, newUser, stack, type TestUser } from "../support/local";

const browser = useBrowser();

/** A signed-up customer (a real session) owning one license with these plan terms. */
async function customerOwning(plans: Record<string, string>[] | undefined) {
  const account = await signedUpCustomer();
  const { idToken } = await sessionOf(account.email);
  const { sub } = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    sub: string;
  };
  const user: TestUser = { id: sub, email: account.email, token: idToken };
  if (!plans) return { user, serial: undefined };
  const row = license({ plans, productName: "Acme Backup Server", edition: "Enterprise" });
  await importLicenses(await newUser(["admin"]), [row]);
  expect(await register(user, row.serial)).toEqual(["registered"]);
  return { user, serial: row.serial };
}

/** Opens /support signed out: sign-in first, then back to the wizard, as a customer would. */
async function openWizard(email: string, options: { locale?: string; keyboard?: boolean } = {}) {
  const portal = await openPortal(browser(), "/support", {
    ...(options.locale ? { locale: options.locale, timeZone: "Asia/Shanghai" } : {}),
  });
  const { page } = portal;
  const [emailLabel, passwordLabel] =
    options.locale === "zh-CN" ? ["电子邮件", "密码"] : ["E-mail", "Password"];
  if (options.keyboard) {
    await typeInto(page, page.getByLabel(emailLabel), email);
    await typeInto(page, page.getByLabel(passwordLabel, { exact: true }), STRONG_PASSWORD);
    await page.keyboard.press("Enter");
  } else {
    await page.getByLabel(emailLabel).fill(email);
    await page.getByLabel(passwordLabel, { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel(passwordLabel, { exact: true }).press("Enter");
  }
  await page.getByRole("heading", { name: "Contact support", level: 1 }).waitFor();
  return portal;
}

async function casesOf(user: TestUser) {
  const listed = await api("GET", "/cases", { user });
  expect(listed.status).toBe(200);
  return listed.body.items as { caseNumber: string; topic: string; plan: string; severity: string }[];
}

/** A PNG header and enough bytes that the upload reports progress on its way. */
const SCREENSHOT = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), randomBytes(1024 * 1024)]);

async function selfServiceUrls(): Promise<Record<string, string>> {
  const config = await fetch(new URL("config.json", stack.portalUrl)).then((r) => r.json());
  return (config as { selfServiceUrls: Record<string, string> }).selfServiceUrls;
}

async function step(page: Page, name: string) {
  await screenshot(page, name);
  await expectAccessible(page);
}

describe("the contact-support wizard", { timeout: 120_000 }, () => {
  it("(a) with a valid plan: shows the plan, channels and target, opens a technical case with a screenshot uploaded under a progress bar, and shows the case number", async () => {
    const { user, serial } = await customerOwning([
      { plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) },
    ]);
    const { page, context, errors } = await openWizard(user.email);
    await page.getByLabel(/Acme Backup Server Enterprise 12\.1/).check();
    await step(page, "support-choose");
    await page.getByRole("button", { name: "Continue" }).click();

    const facts = page.locator("dl.facts");
    await page.getByRole("heading", { name: "Your support for this product" }).waitFor();
    await expect.poll(() => facts.textContent()).toContain("Advantage Premier");
    expect(await facts.textContent()).toContain("E-mail: within 1 day");
    expect(await facts.textContent()).toContain("Phone: at once (usually under 2 minutes)");
    expect(await facts.textContent()).toContain("24 hours a day, 7 days a week");
    await step(page, "support-options");

    await page.getByRole("button", { name: "Describe the problem" }).click();
    await page.getByLabel("Subject").fill("Restore stops at 80%");
    await page
      .getByLabel("Describe the problem or question")
      .fill("Since Monday every restore stops with E1234.");
    await page.getByLabel("Symptoms").fill("The job hangs, then fails.");
    await page.getByLabel("Error messages or output").fill("E1234 VSS timeout");
    await page.getByLabel(/Severity A/).check();
    await page.getByLabel("This is the first time").check();
    expect(await page.getByLabel("Installed product version").inputValue()).toBe("12.1");
    await page.getByLabel("Company name").fill("Acme GmbH");
    await page
      .getByLabel("Add files (screenshots, logs)")
      .setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: SCREENSHOT });
    await page
      .getByRole("list", { name: "Files to attach" })
      .getByText("screenshot.png", { exact: true })
      .waitFor();
    await step(page, "support-form");
    await page.getByRole("button", { name: "Submit request" }).click();

    await page.getByRole("heading", { name: "Your request is received" }).waitFor();
    const progress = page.getByRole("progressbar", { name: "screenshot.png" });
    await progress.waitFor();
    await page.locator(".upload.done").getByText("Uploaded").waitFor();
    expect(await progress.getAttribute("value")).toBe(String(SCREENSHOT.length));
    const caseNumber = (await page.locator("#case-number").textContent()) ?? "";
    expect(caseNumber).toMatch(/^\d{8}$/);
    expect(await page.getByRole("link", { name: `Open case ${caseNumber}` }).getAttribute("href")).toBe(
      `/portal/cases/${caseNumber}`,
    );
    await step(page, "support-done");
    await context.close();
    expect(errors).toEqual([]);

    const [opened] = await casesOf(user);
    expect(opened).toMatchObject({
      caseNumber,
      topic: "product-problem",
      plan: "advantage-premier",
      severity: "A",
    });
    const attachments = await api("GET", `/cases/${caseNumber}/attachments`, { user });
    const [attached] = attachments.body.items as {
      fileName: string;
      sizeBytes: number;
      download: { url: string };
    }[];
    expect(attached).toMatchObject({ fileName: "screenshot.png", sizeBytes: SCREENSHOT.length });
    const stored = Buffer.from(await (await fetch(attached?.download.url ?? "")).arrayBuffer());
    expect(stored.equals(SCREENSHOT)).toBe(true);
    expect(serial).toBeDefined();
  });

  it("(b) with an expired plan: shows why, the renew advice and the self-service links, shows no form and creates nothing; renewing is an offer for customer service", async () => {
    const { user, serial } = await customerOwning([
      { plan: "advantage-standard", startsOn: day(-400), endsOn: day(-35) },
    ]);
    const { page, context, errors } = await openWizard(user.email);
    await page.getByLabel(/Acme Backup Server/).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .getByRole("heading", { name: "Technical support is not available for this product" })
      .waitFor();

    expect(await page.locator("#refusal-reason").textContent()).toContain(
      "The support plan of this product has expired.",
    );
    const advice = page.locator("#advice");
    expect(await advice.textContent()).toContain("Upgrade to Advantage Premier");
    const urls = await selfServiceUrls();
    const links = page.locator("#self-service a");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      urls.forum,
      urls["knowledge-base"],
      urls["user-guides"],
      urls["product-selection-wizard"],
      urls["licensing-faq"],
    ]);
    expect(await page.locator("dl.facts").textContent()).toContain("Customer Service");
    expect(await page.getByRole("button", { name: "Describe the problem" }).count()).toBe(0);
    expect(await page.locator("form.case-form").count()).toBe(0);
    await step(page, "support-refused");
    expect(await casesOf(user)).toEqual([]);

    // Renewing is bought from customer service: the advice opens its form about this product.
    await advice.getByRole("button", { name: "Renew your support plan." }).click();
    await page.getByLabel("Subject").fill("Renew our support plan");
    await page.getByLabel("Describe the problem or question").fill("Please send an offer for one more year.");
    await page.getByRole("button", { name: "Submit request" }).click();
    await page.getByRole("heading", { name: "Your request is received" }).waitFor();
    await context.close();
    expect(errors).toEqual([]);
    const [offer] = await casesOf(user);
    expect(offer).toMatchObject({ topic: "offers", plan: "customer-service" });
    const opened = await api("GET", `/cases/${offer?.caseNumber}`, { user });
    expect(opened.body.serial).toBe(serial);
  });

  it("(e) keyboard only, a customer-service question: the API's refusal of a field lands next to it with the focus, then the case opens", async () => {
    const { user } = await customerOwning(undefined);
    const { page, context, errors } = await openWizard(user.email, { keyboard: true });
    await page.getByText("You have no registered products yet.").waitFor();
    await tabTo(page, page.getByLabel("Licenses and serial numbers"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Continue" }));
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "A customer-service question" }).waitFor();
    expect(await page.locator("dl.facts").textContent()).toContain("E-mail: within 1 business day");
    await typeInto(page, page.getByLabel("Subject"), "Lost my serial numbers");
    await typeInto(page, page.getByLabel("Describe the problem or question"), "Please send them again.");
    expect(await page.getByLabel(/Severity D/).isChecked()).toBe(true);
    // The page does not check phone numbers: the API does, and says which field.
    await typeInto(page, page.getByLabel("Alternate phone"), "after five");
    await tabTo(page, page.getByRole("button", { name: "Submit request" }));
    await page.keyboard.press("Enter");

    const alternate = page.getByLabel("Alternate phone");
    await page.locator("#contact-alternatePhone-error").waitFor();
    expect(await page.locator("#contact-alternatePhone-error").textContent()).toContain(
      "must be a phone number",
    );
    expect(await alternate.getAttribute("aria-invalid")).toBe("true");
    expect(await alternate.evaluate((e) => e === document.activeElement)).toBe(true);
    await step(page, "support-field-error");
    expect(await casesOf(user)).toEqual([]);

    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("+86 10 8888 0000");
    await tabTo(page, page.getByRole("button", { name: "Submit request" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Your request is received" }).waitFor();
    const caseNumber = await page.locator("#case-number").textContent();
    await context.close();
    expect(errors).toEqual([]);
    expect(await casesOf(user)).toMatchObject([{ caseNumber, topic: "licensing", plan: "customer-service" }]);
  });

  it("(d) in zh-CN: the steps, the plan's facts and the severities in Chinese", async () => {
    const { user } = await customerOwning([
      { plan: "advantage-standard", startsOn: day(-30), endsOn: day(300) },
    ]);
    const { page, context, errors } = await openWizard(user.email, { locale: "zh-CN" });
    // Sign-up recorded English; the switch makes the profile Chinese.
    await page.getByRole("button", { name: /简体中文/ }).click();
    await page.getByRole("heading", { name: "联系技术支持", level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("客户服务问题");
    expect(await page.textContent("main")).toContain("许可证和序列号");
    await page.getByLabel(/Acme Backup Server/).check();
    await step(page, "zh-CN-support-choose");
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByRole("heading", { name: "此产品的支持服务" }).waitFor();
    const facts = page.locator("dl.facts");
    await expect.poll(() => facts.textContent()).toContain("Advantage 标准支持");
    expect(await facts.textContent()).toContain("电子邮件：1 个工作日内");
    expect(await facts.textContent()).toContain("工作时间");
    await step(page, "zh-CN-support-options");
    await page.getByRole("button", { name: "描述问题" }).click();
    await page.getByLabel(/严重级别 A/).waitFor();
    expect(await page.textContent("main")).toContain("备份系统宕机");
    expect(await page.getByLabel("回复语言").inputValue()).toBe("zh-CN");
    await step(page, "zh-CN-support-form");
    await context.close();
    expect(errors).toEqual([]);
  });
});
