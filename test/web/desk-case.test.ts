import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { realUser } from "../support/accounts";
import {
  expectAccessible,
  type PortalPage,
  screenshot,
  signedInPortal,
  tabTo,
  useBrowser,
} from "../support/browser";
import { importLicenses, license, openTechnicalCase, register } from "../support/licenses";
import { api, newCustomer, newUser, slowFollowUpsOfCase, stack, type TestUser } from "../support/local";

const browser = useBrowser();

const ANN = { firstName: "Ann", lastName: "Agent" };
const KIM = { firstName: "Kim", lastName: "Lee" };

/** A customer (Li Wei, Acme GmbH) with two products, and a technical case about the first one. */
async function caseOfCustomer(): Promise<{ caseNumber: string; serial: string; customer: TestUser }> {
  const admin = await newUser(["admin"]);
  const product = license();
  const other = license({ productName: "Acme Backup Workstation", plans: [] });
  await importLicenses(admin, [product, other]);
  const customer = await newCustomer();
  await register(customer, product.serial, other.serial);
  const opened = await openTechnicalCase(customer, product.serial);
  expect(opened.status).toBe(201);
  return { caseNumber: String(opened.body.caseNumber), serial: product.serial, customer };
}

/** A canned reply with every placeholder, titled uniquely (the stack's list is shared). */
async function cannedReply(): Promise<string> {
  const title = `Update first ${randomUUID().slice(0, 6)}`;
  const created = await api("POST", "/admin/canned-replies", {
    user: await newUser(["admin"]),
    json: {
      title: { en: title, "zh-CN": `请先更新 ${title}` },
      body: {
        en: "Dear {{customerName}}, thank you for case {{caseNumber}}. Please update to build 4711. {{agentName}}",
        "zh-CN": "{{customerName}}您好，感谢您提交案例 {{caseNumber}}。请更新到 4711 版。{{agentName}}",
      },
    },
  });
  expect(created.status).toBe(201);
  return title;
}

const openDesk = (agent: TestUser, caseNumber: string) =>
  signedInPortal(browser(), agent, `/desk/cases/${caseNumber}`);

/** The case's own timeline (not the newer events a stale-view refusal shows). */
const event = (page: Page, type: string) =>
  page.locator(`section[aria-labelledby="timeline-title"] ol.timeline > li[data-type="${type}"]`);

/** An event of the timeline says who did it and when (a <time> with its instant). */
async function expectByWhom(page: Page, type: string, who: string) {
  const item = event(page, type).last();
  await item.waitFor();
  expect(await item.locator(".event-head strong").textContent()).toBe(who);
  expect(await item.locator("time").getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
}

async function closeAll(...portals: PortalPage[]) {
  for (const portal of portals) {
    await portal.context.close();
    expect(portal.errors).toEqual([]);
  }
}

describe("the desk's case page", { timeout: 90_000 }, () => {
  it("shows the case and its customer; a canned reply answers it and the follow-up runs in the executions console", async () => {
    const [{ caseNumber, serial }, agent, title] = await Promise.all([
      caseOfCustomer(),
      realUser(["agent"], ANN),
      cannedReply(),
    ]);
    // A follow-up day lasts a minute: "Wait 3 days" is still in progress when the console is read.
    await slowFollowUpsOfCase(caseNumber, 60);
    const desk = await openDesk(agent, caseNumber);
    const { page } = desk;

    await page.getByRole("heading", { level: 1, name: `Case ${caseNumber}: Restore fails` }).waitFor();
    const facts = page.locator(".desk-facts");
    for (const text of ["Awaiting support", "A · critical", "Advantage Premier", "Nobody yet", "Due "])
      expect(await facts.textContent()).toContain(text);
    const customer = page.getByRole("region", { name: "Customer", exact: true });
    await customer.getByText("Li Wei").waitFor();
    expect(await customer.textContent()).toContain("Acme GmbH");
    const caseRow = customer.locator("li.desk-product.highlight");
    expect(await caseRow.locator(".serial").textContent()).toBe(serial);
    expect(await caseRow.textContent()).toContain("this case");
    expect(await caseRow.locator("li.highlight").textContent()).toContain("accepted this case");
    expect(await customer.locator("li.desk-product").count()).toBe(2);
    await expectByWhom(page, "case-opened", "Li Wei");
    expect(await page.locator(".follow-up-step").textContent()).toContain("has not replied yet");

    await page.getByLabel("Canned reply").selectOption({ label: title });
    await page.getByRole("button", { name: "Insert" }).click();
    const reply = page.getByLabel("Reply", { exact: true });
    expect(await reply.inputValue()).toBe(
      `Dear Li Wei, thank you for case ${caseNumber}. Please update to build 4711. Ann Agent`,
    );
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Your reply is sent; the follow-ups start.").waitFor();
    await expectByWhom(page, "support-reply", "Ann Agent (you)");
    expect(await facts.textContent()).toContain("Awaiting the customer");
    expect(await facts.textContent()).toContain("Given ");
    expect(await page.locator(".follow-up-step").textContent()).toBe(
      "Our reply is out; follow-up 1 is next.",
    );
    await page.getByRole("region", { name: "Follow-up e-mails" }).getByText("Next e-mail").waitFor();
    await expectAccessible(page);

    const link = page.getByRole("link", { name: /^Open execution case-\d{8}-reply-/ });
    const href = String(await link.getAttribute("href"));
    expect(href.startsWith(stack.consoleUrl)).toBe(true);
    const [consolePage] = await Promise.all([desk.context.waitForEvent("page"), link.click()]);
    const state = (name: string) => consolePage.locator(`g.state-node[data-state="${name}"]`);
    await expect
      .poll(() => state("Wait 3 days").getAttribute("data-status"), { timeout: 15_000 })
      .toBe("in-progress");
    expect(await state("Send support reply").getAttribute("data-status")).toBe("succeeded");
    await consolePage.close();

    // In Chinese the desk speaks Chinese; the case (and its reply) stays in the customer's English.
    await page.getByRole("button", { name: "简体中文 (switch language)" }).click();
    await page.getByRole("heading", { level: 1, name: `案例 ${caseNumber}: Restore fails` }).waitFor();
    expect(await page.locator(".follow-up-step").textContent()).toBe(
      "我们的答复已发出；下一封是第 1 次跟进。",
    );
    await expectByWhom(page, "support-reply", "Ann Agent（您）");
    await expectAccessible(page);
    await screenshot(page, "desk-case-zh");
    await closeAll(desk);
  });

  it("keyboard only: an internal note, assign to me, a new severity, resolve and reopen, each in the timeline with who and when", async () => {
    const [{ caseNumber, customer }, agent] = await Promise.all([caseOfCustomer(), realUser(["agent"], ANN)]);
    const desk = await openDesk(agent, caseNumber);
    const { page } = desk;
    const me = "Ann Agent (you)";
    await page.getByRole("heading", { level: 1, name: `Case ${caseNumber}: Restore fails` }).waitFor();
    await page.getByRole("region", { name: "Customer", exact: true }).getByText("Li Wei").waitFor();

    // The help overlay lists the shortcuts.
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    for (const label of [
      "Write an internal note",
      "Assign to me",
      "Back to the queue",
      "Choose a canned reply",
    ])
      await help.getByText(label).waitFor();
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });

    await page.keyboard.press("i");
    const note = page.getByLabel("Internal note", { exact: true });
    expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("Customer runs 12.1; checking the restore log.");
    await page.keyboard.press("Control+Enter");
    await page.getByText("The internal note is saved.").waitFor();
    await expectByWhom(page, "internal-note", me);
    const noted = event(page, "internal-note");
    expect(await noted.locator(".internal-badge").textContent()).toBe("Internal");
    expect(await noted.textContent()).toContain("checking the restore log");

    await page.keyboard.press("a");
    await page.getByText("The case is assigned to Ann Agent (you).").waitFor();
    await expectByWhom(page, "assign", me);
    expect(await event(page, "assign").textContent()).toContain("Assigned to Ann Agent (you)");
    expect(await page.locator(".desk-facts").textContent()).toContain("Assigned toAnn Agent (you)");

    await tabTo(page, page.getByRole("button", { name: "Change severity…" }));
    await page.keyboard.press("Enter");
    const severity = page.getByRole("dialog", { name: "Change the severity" });
    await severity.waitFor();
    await expectAccessible(page);
    await page.keyboard.press("ArrowDown"); // A → B, in the focused select
    await page.keyboard.press("Tab");
    await page.keyboard.type("Backups run again; only restores of old sets fail.");
    await tabTo(page, severity.getByRole("button", { name: "Change the severity" }));
    await page.keyboard.press("Enter");
    await page.getByText("The severity is changed.").waitFor();
    await expectByWhom(page, "change-severity", me);
    expect(await event(page, "change-severity").textContent()).toContain("Severity A → B");
    expect(await page.locator(".desk-facts").textContent()).toContain("B · major function");

    await tabTo(page, page.getByRole("button", { name: "Resolve…" }));
    await page.keyboard.press("Enter");
    const resolve = page.getByRole("dialog", { name: "Resolve the case" });
    await resolve.waitFor();
    await expectAccessible(page);
    await page.keyboard.type("Fixed by build 4711.");
    await tabTo(page, resolve.getByRole("button", { name: "Resolve the case" }));
    await page.keyboard.press("Enter");
    await page.getByText("The case is resolved.").waitFor();
    await expectByWhom(page, "resolve", me);
    expect(await page.locator(".desk-facts").textContent()).toContain("Fixed by build 4711.");

    await tabTo(page, page.getByRole("button", { name: "Reopen…" }));
    await page.keyboard.press("Enter");
    const reopen = page.getByRole("dialog", { name: "Reopen the case" });
    await reopen.waitFor();
    await expectAccessible(page);
    await page.keyboard.type("The customer reports the restore fails again.");
    await tabTo(page, reopen.getByRole("button", { name: "Reopen the case" }));
    await page.keyboard.press("Enter");
    await page.getByText("The case is open again.").waitFor();
    await expectByWhom(page, "reopen", me);
    expect(await page.locator(".desk-facts .status").textContent()).toBe("Awaiting support");
    await expectAccessible(page);
    await screenshot(page, "desk-case");

    // The customer sees the public events only.
    const asCustomer = await api("GET", `/cases/${caseNumber}/events`, { user: customer });
    expect((asCustomer.body.items as { type: string }[]).map((e) => e.type)).toEqual([
      "case-opened",
      "change-severity",
      "resolve",
      "reopen",
    ]);

    await page.keyboard.press("q");
    await page.waitForURL(/\/portal\/desk$/);
    await closeAll(desk);
  });

  it("shows who else has the case open, and refuses an answer from a stale view with the newer answer, the draft kept", async () => {
    const [{ caseNumber }, ann, kim] = await Promise.all([
      caseOfCustomer(),
      realUser(["agent"], ANN),
      realUser(["agent"], KIM),
    ]);
    // Follow-ups change the case too: slowed down, only the agents' answers do here.
    await slowFollowUpsOfCase(caseNumber, 60);
    const first = await openDesk(ann, caseNumber);
    const second = await openDesk(kim, caseNumber);
    const heading = `Case ${caseNumber}: Restore fails`;
    await first.page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await second.page.getByRole("heading", { level: 1, name: heading }).waitFor();
    await first.page
      .locator(".also-viewing")
      .getByText(`Kim Lee (${kim.email})`)
      .waitFor({ timeout: 10_000 });
    await second.page
      .locator(".also-viewing")
      .getByText(`Ann Agent (${ann.email})`)
      .waitFor({ timeout: 10_000 });

    const draft = "Could you send the backup log?";
    await second.page.getByLabel("Reply", { exact: true }).fill(draft);
    await first.page.getByLabel("Reply", { exact: true }).fill("Please update to build 4711.");
    await first.page.getByRole("button", { name: "Send reply" }).click();
    await first.page.getByText("Your reply is sent; the follow-ups start.").waitFor();

    await second.page.getByRole("button", { name: "Send reply" }).click();
    const refusal = second.page
      .getByRole("alert")
      .filter({ hasText: "Someone changed this case after you opened it" });
    await refusal.waitFor();
    const newer = refusal.locator('li[data-type="support-reply"]');
    expect(await newer.locator("strong").textContent()).toBe("Ann Agent");
    expect(await newer.textContent()).toContain("Please update to build 4711.");
    expect(await second.page.getByLabel("Reply", { exact: true }).inputValue()).toBe(draft);
    expect(await event(second.page, "support-reply").count()).toBe(0);
    await expectAccessible(second.page);
    await screenshot(second.page, "desk-case-collision");

    await refusal.getByRole("button", { name: "Reload the case" }).click();
    await second.page
      .getByText("The case is reloaded with the newer changes. Your draft is still here.")
      .waitFor();
    await expectByWhom(second.page, "support-reply", "Ann Agent");
    expect(await second.page.getByLabel("Reply", { exact: true }).inputValue()).toBe(draft);
    await second.page.getByRole("button", { name: "Send reply" }).click();
    await second.page.getByText("Your reply is sent; the follow-ups start.").waitFor();
    await expectByWhom(second.page, "support-reply", "Kim Lee (you)");
    const replies = await api("GET", `/cases/${caseNumber}/events`, { user: ann });
    expect((replies.body.items as { type: string }[]).filter((e) => e.type === "support-reply")).toHaveLength(
      2,
    );

    // Leaving the page takes Kim off the case at once (no waiting for the mark to lapse).
    await second.page.getByRole("link", { name: "Back to the queue" }).click();
    await second.page.waitForURL(/\/portal\/desk$/);
    await expect.poll(() => first.page.locator(".also-viewing .viewer").count(), { timeout: 10_000 }).toBe(0);
    await closeAll(first, second);
  });
});
