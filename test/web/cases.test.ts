import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sessionOf, signedUpCustomer } from "../support/accounts";
import {
  expectAccessible,
  screenshot,
  signedInPortal,
  tabTo,
  typeInto,
  useBrowser,
} from "../support/browser";
import { eventually } from "../support/eventually";
import { api, mailsTo, newUser, openCase, type TestUser } from "../support/local";

const browser = useBrowser();

/** A customer signed up and confirmed through the API, with the ID token the API calls need. */
async function customer(language?: "zh-CN"): Promise<TestUser> {
  const account = await signedUpCustomer();
  const { idToken } = await sessionOf(account.email);
  const { sub } = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    sub: string;
  };
  const user = { id: sub, email: account.email, token: idToken };
  if (language) expect((await api("PATCH", "/me", { user, json: { language } })).status).toBe(200);
  return user;
}

/** Signs in on the portal's form (keyboard only) and lands on `path`. */
async function supportAnswers(caseNumber: string, message: string) {
  const agent = await newUser(["agent"]);
  const reply = await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message } });
  expect(reply.status).toBe(201);
}

function caseMails(user: TestUser, caseNumber: string, count: number) {
  return eventually(`${count} mails about case ${caseNumber}`, async () => {
    const mails = (await mailsTo(user.email)).filter((m) => m.subject.endsWith(`support case ${caseNumber}`));
    return mails.length >= count ? mails : undefined;
  });
}

/** The case as the customer's API view has it. */
async function caseOf(user: TestUser, caseNumber: string) {
  const view = await api("GET", `/cases/${caseNumber}`, { user });
  expect(view.status).toBe(200);
  return view.body as {
    status: string;
    rating?: { score: number };
    events: { type: string; message?: string }[];
  };
}

function summaryOf(page: Page, caseNumber: string) {
  return page.locator("li.case-summary").filter({ hasText: caseNumber });
}

async function closeAll(portal: { context: { close(): Promise<void> }; errors: string[] }) {
  await portal.context.close();
  expect(portal.errors).toEqual([]);
}

describe("the customer's cases in the portal", { timeout: 120_000 }, () => {
  it("shows support's answer as the latest note, then, after the follow-ups, Resolved closes the case and it is rated once", async () => {
    const user = await customer();
    const caseNumber = await openCase(user, { subject: "Restore hangs at 42%" });
    await supportAnswers(caseNumber, "Please update to build 4711 and try again.");
    const portal = await signedInPortal(browser(), user, "/cases?status=all");
    const { page } = portal;

    await page.getByRole("heading", { name: "My support cases" }).waitFor();
    const summary = summaryOf(page, caseNumber);
    await summary.getByText("Support's latest note").click();
    await summary.getByText("Please update to build 4711 and try again.").waitFor();
    await screenshot(page, "cases-list");
    await expectAccessible(page);

    // The three follow-ups (days scaled to half-seconds) arrive after support's reply.
    const mails = await caseMails(user, caseNumber, 4);
    expect(mails.slice(1).map((m) => m.body.text)).toEqual(
      Array(3).fill(expect.stringContaining(`We are following up on your support case #${caseNumber}`)),
    );
    await eventually("three follow-ups on the timeline", async () => {
      const view = await caseOf(user, caseNumber);
      return view.events.filter((e) => e.type === "follow-up-sent").length === 3 || undefined;
    });

    await summary.getByRole("link", { name: `Case ${caseNumber}: Restore hangs at 42%` }).click();
    await page.getByRole("heading", { name: `Case ${caseNumber}: Restore hangs at 42%` }).waitFor();
    const timeline = page.locator("ol.timeline");
    await timeline.getByText("Follow-up 3 of 3").waitFor();
    expect(await timeline.textContent()).toContain("Please update to build 4711 and try again.");
    expect(await page.getByRole("button", { name: "Withdraw this case" }).count()).toBe(0);

    // An attachment added on the case page is listed with a link that downloads it.
    const log = "2026-05-04 02:00 restore stalled at 42%\n";
    await page
      .getByLabel("Add files (screenshots, logs)")
      .setInputFiles({ name: "restore.log", mimeType: "text/plain", buffer: Buffer.from(log) });
    await page.locator(".upload.done").getByText("Uploaded").waitFor();
    const download = page.locator(".attachment-files").getByRole("link", { name: "restore.log" });
    await download.waitFor();
    expect(await (await fetch(String(await download.getAttribute("href")))).text()).toBe(log);
    await screenshot(page, "case-page-followed-up");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Resolved" }).click();
    await page.getByText("Thank you: the case is resolved.").waitFor();
    expect(await page.locator(".case-facts .status").textContent()).toBe("Resolved");
    expect((await caseOf(user, caseNumber)).status).toBe("resolved");

    // Rating: a score is required, then it is sent once.
    await page.getByRole("button", { name: "Send rating" }).click();
    await page.getByText("Please choose a rating from 1 to 5.").waitFor();
    await page.getByLabel("4 · satisfied").check();
    await page.getByLabel("Comment (optional)").fill("Clear answer, quick follow-ups.");
    await screenshot(page, "case-page-rating");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send rating" }).click();
    await page.getByText("You rated this case 4 of 5.").waitFor();
    expect((await caseOf(user, caseNumber)).rating?.score).toBe(4);
    await page.reload();
    await page.getByText("You rated this case 4 of 5.").waitFor();
    expect(await page.getByRole("button", { name: "Send rating" }).count()).toBe(0);
    await screenshot(page, "case-page-rated");
    await closeAll(portal);
  });

  it("keyboard only: withdraws a fresh case after a focus-trapped confirmation, and a note added shows in the timeline", async () => {
    const user = await customer();
    const fresh = await openCase(user, { subject: "Licence count looks wrong" });
    const answered = await openCase(user, { subject: "Download link expired" });
    await supportAnswers(answered, "Here is a new link.");
    const portal = await signedInPortal(browser(), user, "/cases");
    const { page } = portal;

    await page.getByRole("heading", { name: "My support cases" }).waitFor();
    await summaryOf(page, fresh).waitFor();
    await tabTo(page, page.getByRole("link", { name: `Case ${fresh}: Licence count looks wrong` }));
    await page.keyboard.press("Enter");
    const withdraw = page.getByRole("button", { name: "Withdraw this case" });
    await withdraw.waitFor();
    await tabTo(page, withdraw);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Withdraw this case?" });
    await dialog.waitFor();
    const focusInDialog = () => dialog.evaluate((d) => d.contains(document.activeElement));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Keep the case");
    for (let presses = 0; presses < 4; presses++) {
      await page.keyboard.press("Tab");
      expect(await focusInDialog()).toBe(true);
    }
    await page.keyboard.press("Shift+Tab");
    expect(await focusInDialog()).toBe(true);
    await screenshot(page, "case-withdraw-dialog");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await withdraw.evaluate((b) => b === document.activeElement)).toBe(true);
    expect((await caseOf(user, fresh)).status).toBe("awaiting_support");

    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await tabTo(page, dialog.getByRole("button", { name: "Withdraw the case" }));
    await page.keyboard.press("Enter");
    await page.getByText("The case is withdrawn.").waitFor();
    expect(await page.locator(".case-facts .status").textContent()).toBe("Withdrawn");
    expect((await caseOf(user, fresh)).status).toBe("withdrawn");
    await expectAccessible(page);

    await tabTo(page, page.getByRole("link", { name: "Back to my support cases" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("link", { name: "Withdrawn" }));
    await page.keyboard.press("Enter");
    await summaryOf(page, fresh).getByText("Withdrawn", { exact: true }).waitFor();
    expect(await summaryOf(page, answered).count()).toBe(0);
    await screenshot(page, "cases-withdrawn");

    // The answered case may have left "Open" by now: its follow-ups take seconds here.
    await tabTo(page, page.getByRole("link", { name: "All cases" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("link", { name: `Case ${answered}: Download link expired` }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Case ${answered}: Download link expired` }).waitFor();
    await tabTo(page, page.getByRole("button", { name: "Send note" }), 60);
    await page.keyboard.press("Enter");
    await page.locator("#message-error").waitFor();
    await typeInto(page, page.getByLabel("Your note"), "The new link works, but the checksum differs.");
    await tabTo(page, page.getByRole("button", { name: "Send note" }));
    await page.keyboard.press("Enter");
    await page.getByText("Your note is added.").waitFor();
    await page.locator("ol.timeline li.by-customer").getByText("the checksum differs").waitFor();
    expect(await page.locator(".case-facts .status").textContent()).toBe("Awaiting support");
    await screenshot(page, "case-page-note-added");
    await expectAccessible(page);
    const view = await caseOf(user, answered);
    expect(view.status).toBe("awaiting_support");
    expect(view.events.at(-1)?.message).toBe("The new link works, but the checksum differs.");
    await closeAll(portal);
  });

  it("sends feedback, with the API's field errors next to their fields", async () => {
    const user = await customer();
    const portal = await signedInPortal(browser(), user, "/feedback");
    const { page } = portal;
    await page.getByRole("heading", { name: "Feedback" }).waitFor();
    await page.getByRole("button", { name: "Send feedback" }).click();
    for (const field of ["kind", "about", "text"]) await page.locator(`#${field}-error`).waitFor();
    expect(await page.getByLabel("Your feedback").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "feedback-field-errors");
    await expectAccessible(page);

    const text = `The restore guide saved our weekend (${crypto.randomUUID().slice(0, 8)}).`;
    await page.getByLabel("Praise").check();
    await page.getByLabel("About").selectOption("support");
    await page.getByLabel("Your feedback").fill(text);
    await page.getByLabel("Case number (optional)").fill("42");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.locator("#caseNumber-error").waitFor();
    expect(await page.locator("#text-error").count()).toBe(0);
    await page.getByLabel("Case number (optional)").fill("");
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByText("Thank you for your feedback.").waitFor();
    await screenshot(page, "feedback-sent");
    await expectAccessible(page);
    const agent = await newUser(["agent"]);
    const recorded = await api("GET", "/admin/feedback?limit=50", { user: agent });
    expect(recorded.body.items).toContainEqual(
      expect.objectContaining({ kind: "praise", about: "support", text, authorEmail: user.email }),
    );
    await closeAll(portal);
  });

  it("shows a not-found page for unknown paths and a case-not-found state for a case that is not the customer's", async () => {
    const [user, other] = await Promise.all([customer(), newUser(["customer"])]);
    const othersCase = await openCase(other);
    const portal = await signedInPortal(browser(), user, `/cases/${othersCase}`);
    const { page } = portal;
    await page.getByRole("heading", { name: "Case not found" }).waitFor();
    expect(await page.textContent("main")).toContain(`We cannot find case ${othersCase}`);
    await screenshot(page, "case-not-found");
    await expectAccessible(page);

    await page.goto(new URL("no/such/page", page.url().replace(/cases\/\d+$/, "")).href);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await screenshot(page, "not-found");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Go to my account" }).click();
    await page.getByRole("heading", { name: "My account" }).waitFor();
    await closeAll(portal);
  });

  it("in zh-CN, the case list and case page speak Chinese with Chinese dates, and 已解决 resolves", async () => {
    const user = await customer("zh-CN");
    const caseNumber = await openCase(user, { subject: "备份在 80% 时停止", language: "zh-CN" });
    await supportAnswers(caseNumber, "请更新到 4711 版本。");
    const portal = await signedInPortal(browser(), user, "/cases?status=all", {
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
    });
    const { page } = portal;
    await page.getByRole("heading", { name: "我的支持案例" }).waitFor();
    const summary = summaryOf(page, caseNumber);
    await summary.getByText("技术支持的最新答复").click();
    await summary.getByText("请更新到 4711 版本。").waitFor();
    expect(await summary.textContent()).toMatch(/提交时间\d{4}年\d{1,2}月\d{1,2}日/);
    await screenshot(page, "zh-CN-cases-list");
    await expectAccessible(page);

    await summary.getByRole("link", { name: `案例 ${caseNumber}: 备份在 80% 时停止` }).click();
    await page.getByRole("heading", { name: `案例 ${caseNumber}: 备份在 80% 时停止` }).waitFor();
    expect(await page.locator("ol.timeline").textContent()).toMatch(
      /技术支持 答复了 · \d{4}年\d{1,2}月\d{1,2}日/,
    );
    await screenshot(page, "zh-CN-case-page");
    await expectAccessible(page);
    await page.getByRole("button", { name: "已解决" }).click();
    await page.getByText("谢谢：案例已解决。").waitFor();
    expect((await caseOf(user, caseNumber)).events.at(-1)?.message).toBe("已解决");
    await page.getByRole("heading", { name: "为我们的支持评分" }).waitFor();
    await screenshot(page, "zh-CN-case-resolved");
    await expectAccessible(page);
    await closeAll(portal);
  });
});
