import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { keys } from "#repositories/keys";
import { realUser, sessionOf, signedUpCustomer } from "../support/accounts";
import { expectAccessible, screenshot, signedInPortal, useBrowser } from "../support/browser";
import { day, importLicenses, license, register } from "../support/licenses";
import { api, db, newCustomer, newUser, openCase, stack, type TestUser } from "../support/local";

const browser = useBrowser();

/** As if the case had been opened with this first-response due time: the case and its place in the queue. */
async function dueAt(caseNumber: string, due: Date) {
  const iso = due.toISOString();
  await db.send(
    new UpdateCommand({
      TableName: stack.tableName,
      Key: keys.case(caseNumber),
      UpdateExpression: "SET firstResponseDueAt = :due, gsi2sk = :place",
      ExpressionAttributeValues: { ":due": iso, ":place": keys.queueEntry(iso, caseNumber).gsi2sk },
    }),
  );
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function caseDueIn(customer: TestUser, minutes: number, subject: string) {
  const caseNumber = await openCase(customer, { subject });
  await dueAt(caseNumber, minutesFromNow(minutes));
  return caseNumber;
}

async function assign(caseNumber: string, agent: TestUser) {
  const answer = await api("POST", `/cases/${caseNumber}/agent-actions`, {
    user: agent,
    json: { action: "assign", assigneeId: agent.id },
  });
  expect(answer.status).toBe(200);
}

const rowOf = (page: Page, caseNumber: string) => page.locator(`tr[data-case="${caseNumber}"]`);
const listed = (page: Page) =>
  page
    .locator("table.queue tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-case")));
const selectedCase = (page: Page) => page.locator('tr[aria-current="true"]').getAttribute("data-case");
const focusedCase = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-case") ?? null);

describe("the agent desk's case queue", { timeout: 60_000 }, () => {
  it("lists a fresh case with a ticking countdown before later ones, an overdue one first, and filters mine/unassigned in the URL", async () => {
    const [agent, customer] = await Promise.all([realUser(["agent"]), newCustomer()]);
    const overdue = await openCase(customer, { subject: "Long overdue" });
    await dueAt(overdue, minutesFromNow(-180));
    const fresh = await caseDueIn(customer, 3, "Restore fails tonight");
    const later = await openCase(customer, { subject: "Due tomorrow" });
    await assign(later, agent);

    const { page, context, errors } = await signedInPortal(browser(), agent, "/desk");
    await page.getByRole("heading", { name: "Case queue", level: 1 }).waitFor();
    await rowOf(page, fresh).waitFor();
    const rows = await listed(page);
    expect(rows[0]).toBe(overdue);
    expect(await rowOf(page, overdue).locator(".countdown").textContent()).toMatch(
      /^⚠ overdue by 3 hrs due /,
    );
    // No other case in the shared stack is due this soon: the first running countdown is the fresh case's.
    const running = await page
      .locator("table.queue tbody tr", { has: page.locator(".countdown:not(.overdue):not(.answered) .left") })
      .first()
      .getAttribute("data-case");
    expect(running).toBe(fresh);
    if (rows.includes(later)) expect(rows.indexOf(fresh)).toBeLessThan(rows.indexOf(later));
    const countdown = rowOf(page, fresh).locator(".countdown .left");
    const before = await countdown.textContent();
    expect(before).toMatch(/^due in [23] mins? (\d+ secs?)?/);
    await expect.poll(() => countdown.textContent(), { timeout: 5_000 }).not.toBe(before);
    expect(await rowOf(page, fresh).textContent()).toContain(customer.email);
    await expectAccessible(page);

    await page.keyboard.press("m");
    await page.waitForURL(/\/desk\?assignee=mine$/);
    await expect.poll(() => listed(page)).toEqual([later]);
    expect(await rowOf(page, later).textContent()).toContain("You");
    await page.keyboard.press("u");
    await page.waitForURL(/\/desk\?assignee=unassigned$/);
    await rowOf(page, fresh).waitFor();
    expect(await listed(page)).not.toContain(later);
    await page.reload();
    await rowOf(page, fresh).waitFor();
    expect(await page.getByLabel("Assignee").inputValue()).toBe("unassigned");
    await page.goBack();
    await page.waitForURL(/\/desk\?assignee=mine$/);
    await expect.poll(() => listed(page)).toEqual([later]);
    await page.getByLabel("Severity").selectOption("A");
    await page.waitForURL(/\/desk\?severity=A&assignee=mine$/);
    await page.getByText("No open cases match these filters.").waitFor();
    await context.close();
    expect(errors).toEqual([]);
  });

  it("refreshes by itself, announcing a new case while the selection and focus stay; keyboard only: j/k, Enter opens, ? shows the shortcuts", async () => {
    const [agent, customer] = await Promise.all([realUser(["agent"]), newCustomer()]);
    const first = await caseDueIn(customer, 10, "Slow restores");
    const second = await caseDueIn(customer, 20, "Catalog rebuild");
    await Promise.all([assign(first, agent), assign(second, agent)]);

    const { page, context, errors } = await signedInPortal(browser(), agent, "/desk?assignee=mine");
    await context.addInitScript(() => {
      window.DESK_QUEUE_REFRESH_SECONDS = 1;
    });
    await page.reload();
    await expect.poll(() => listed(page)).toEqual([first, second]);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await selectedCase(page)).toBe(second);
    expect(await focusedCase(page)).toBe(second);

    const arrived = await caseDueIn(customer, 5, "Backup server down");
    await assign(arrived, agent);
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([arrived, first, second]);
    await page.getByRole("status").filter({ hasText: "1 new case in the queue." }).waitFor();
    expect(await selectedCase(page)).toBe(second);
    expect(await focusedCase(page)).toBe(second);
    await screenshot(page, "desk-queue");

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await help.waitFor();
    for (const action of [
      "Select the next case",
      "Open the selected case",
      "Show only my cases, or everyone's",
    ])
      await help.getByRole("cell", { name: action }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, "desk-queue-help");
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "hidden" });
    expect(await focusedCase(page)).toBe(second);

    await page.keyboard.press("k");
    await page.keyboard.press("k");
    expect(await selectedCase(page)).toBe(arrived);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/portal/desk/cases/${arrived}$`));
    await context.close();
    expect(errors).toEqual([]);
  });
});

/** A signed-up customer (a real account with a profile) owning one Premier license. */
async function customerWithProduct() {
  const account = await signedUpCustomer();
  const { idToken } = await sessionOf(account.email);
  const { sub } = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    sub: string;
  };
  const user: TestUser = { id: sub, email: account.email, token: idToken };
  const row = license({ plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }] });
  await importLicenses(await newUser(["admin"]), [row]);
  expect(await register(user, row.serial)).toEqual(["registered"]);
  return { user, account, serial: row.serial };
}

describe("the case for a caller on the phone", { timeout: 60_000 }, () => {
  it("looks the caller up by e-mail, shows their products and plans, and opens a phone case on their behalf", async () => {
    const [agent, { user, account, serial }] = await Promise.all([
      realUser(["agent"]),
      customerWithProduct(),
    ]);
    const { page, context, errors } = await signedInPortal(browser(), agent, "/desk/new-case");
    await page.getByRole("heading", { name: "Case for a caller", level: 1 }).waitFor();
    const email = page.getByLabel("Caller's e-mail address");

    await email.fill("nobody-here@example.com");
    await email.press("Enter");
    await page
      .getByText("No customer has an account with the e-mail address nobody-here@example.com.")
      .waitFor();

    await email.fill(account.email);
    await email.press("Enter");
    const caller = page.getByRole("region", { name: `Caller: ${account.firstName} ${account.lastName}` });
    await caller.waitFor();
    expect(await caller.textContent()).toContain(serial);
    expect(await caller.textContent()).toMatch(/Advantage Premier, until/);
    expect(await page.getByLabel("Topic").inputValue()).toBe("product-problem");
    expect(await page.getByLabel("Product", { exact: true }).inputValue()).toBe(serial);

    await page.getByLabel(/^Subject/).fill("Restore stops at 80%");
    await page
      .getByLabel(/^Describe the problem/)
      .fill("Called in: restore of last night's backup stops with E42.");
    await page.getByLabel(/Severity A/).check();
    await page.locator("#phone").fill("+49 30 1234 567");
    await expectAccessible(page);
    await screenshot(page, "desk-phone-case");
    await page.getByRole("button", { name: "Submit request" }).click();

    await page.waitForURL(/\/portal\/desk\/cases\/\d{8}$/);
    const caseNumber = /(\d{8})$/.exec(page.url())?.[1] ?? "";
    const opened = await api("GET", `/cases/${caseNumber}`, { user: agent });
    expect(opened.body).toMatchObject({
      customerId: user.id,
      customerEmail: account.email,
      channel: "phone",
      serial,
      severity: "A",
      openedBy: agent.id,
      plan: "advantage-premier",
    });
    const theirs = await api("GET", "/cases", { user });
    expect((theirs.body.items as { caseNumber: string }[]).map((c) => c.caseNumber)).toContain(caseNumber);
    await context.close();
    expect(errors).toEqual([]);
  });
});
