import { randomBytes, randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { realUser, STRONG_PASSWORD, signIn } from "../support/accounts";
import { expectAccessible, screenshot, signedInPortal, typeInto, useBrowser } from "../support/browser";
import { day, importLicenses, license, newSerial, register } from "../support/licenses";
import { api, newCustomer, type TestUser, waitForMails } from "../support/local";

const browser = useBrowser();
let admin: TestUser;

beforeAll(async () => {
  admin = await realUser(["admin"]);
});

/** The admin signed in on an admin page, its heading shown. */
async function adminAt(path: string, heading: string) {
  const portal = await signedInPortal(browser(), admin, path);
  await portal.page.getByRole("heading", { level: 1, name: heading }).waitFor();
  return portal;
}

const CSV_HEADER = "serial,productId,productName,edition,language,licenseCount,productVersion,plans";

function csvLine(row: ReturnType<typeof license>, overrides: Partial<Record<string, string>> = {}): string {
  const plans = row.plans.map((p) => `${p.plan}:${p.startsOn}:${p.endsOn}`).join(";");
  const cells = { ...row, productName: `"${row.productName}, Enterprise"`, plans, ...overrides };
  return CSV_HEADER.split(",")
    .map((column) => String(cells[column as keyof typeof cells]))
    .join(",");
}

async function reportRows(page: Page) {
  return page
    .locator("table.import-report tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));
}

describe("the admin console", { timeout: 60_000 }, () => {
  it("imports a CSV file with a bad row and shows the report per row; then extends a plan", async () => {
    const [first, second, third] = [license(), license(), license()];
    const csv = [
      CSV_HEADER,
      csvLine(first),
      csvLine(second, { licenseCount: "many" }),
      `${third.serial},too,few`,
      csvLine(license({ productId: first.productId, serial: first.serial.toLowerCase() })),
    ].join("\r\n");
    const { page, context, errors } = await adminAt("/admin/licenses", "Licenses");
    await expectAccessible(page);
    await page.getByLabel("CSV or JSON file").setInputFiles({
      name: "licenses.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await expect.poll(() => page.getByLabel("Or paste the file's text").inputValue()).toContain(first.serial);
    await page.getByRole("button", { name: "Import" }).click();
    await page
      .getByRole("status")
      .getByText("Imported 4 rows: 1 created, 0 updated, 1 unchanged, 2 invalid.")
      .waitFor();
    expect(await reportRows(page)).toEqual([
      ["1", first.serial, "Created", ""],
      ["2", second.serial, "Invalid", expect.stringContaining("licenseCount:")],
      ["3", third.serial, "Invalid", "has 3 fields, but the header has 8 columns"],
      ["4", first.serial, "Unchanged", ""],
    ]);
    await expectAccessible(page);
    await screenshot(page, "admin-licenses-report");

    // Extend the plan by a year, then see the API answer the same.
    const extended = day(700);
    await page.getByLabel("Serial number").fill(first.serial);
    await page.getByLabel("Set, extend or renew a plan").check();
    await page.getByLabel("Plan", { exact: true }).selectOption("advantage-premier");
    await page.getByLabel("Starts on").fill(first.plans[0]?.startsOn ?? "");
    await page.getByLabel("Ends on").fill(extended);
    await page.getByRole("button", { name: "Change the license" }).click();
    await page.getByRole("status").getByText(`License ${first.serial} changed.`).waitFor();
    const again = await api("PATCH", `/admin/licenses/${first.serial}`, {
      user: admin,
      json: { action: "add-credits", credits: 1 },
    });
    expect(again.body.plans).toEqual([
      { plan: "advantage-premier", startsOn: first.plans[0]?.startsOn, endsOn: extended },
    ]);

    // A serial the catalog lacks: told beside the form, not as a crash.
    await page.getByLabel("Serial number").fill(newSerial());
    await page.getByLabel("Add single-incident credits").check();
    await page.getByRole("button", { name: "Change the license" }).click();
    await page.getByRole("alert").getByText("No license in the catalog has this serial number.").waitFor();
    await expectAccessible(page);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("publishes a build with its file uploaded from the browser; the opted-in owner gets the notice and downloads exactly those bytes", async () => {
    const owned = license();
    await importLicenses(admin, [owned]);
    const customer = await newCustomer();
    expect(await register(customer, owned.serial)).toEqual(["registered"]);
    const optIn = await api("PUT", `/products/${owned.serial}/notices`, {
      user: customer,
      json: { subscribed: true },
    });
    expect(optIn.status).toBe(200);
    const build = 5000 + Math.floor(Math.random() * 4000);
    const bytes = randomBytes(3 * 1024 * 1024);

    const { page, context, errors } = await adminAt("/admin/releases", "Releases");
    await expectAccessible(page);
    await page.getByLabel("Product id").fill(owned.productId);
    await page.getByLabel("Version", { exact: true }).fill("12.1");
    await page.getByLabel("Build number").fill(String(build));
    await page.getByLabel("What's new").fill("Faster restores.\nSmaller catalogs.");
    await page.getByLabel("Known issues").fill("None known.");
    await page.getByLabel("Installation notes").fill("Install over 12.0.");
    await page.getByLabel("Build file").setInputFiles({
      name: `acme setup ${build}.exe`,
      mimeType: "application/octet-stream",
      buffer: bytes,
    });
    await page.getByRole("button", { name: "Publish the build" }).click();
    const progress = page.getByLabel(`Upload of acme setup ${build}.exe`);
    await progress.waitFor();
    await page
      .getByRole("status")
      .getByText(`Build ${build} of ${owned.productId} 12.1 is published`)
      .waitFor();
    expect(await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([
      bytes.length,
      bytes.length,
    ]);
    expect(await page.getByText("100% uploaded").count()).toBe(1);
    // The file's arrival starts the notices; the page follows them to the end.
    await page
      .getByRole("region", { name: "Release notices" })
      .getByText("Finished: 1 sent, 0 skipped (unsubscribed), 0 failed")
      .waitFor({ timeout: 30_000 });
    await expectAccessible(page);
    await screenshot(page, "admin-releases");
    await context.close();
    expect(errors).toEqual([]);

    const downloads = await api("GET", `/products/${owned.serial}/downloads`, { user: customer });
    const [latest] = downloads.body.items as Record<string, unknown>[] as {
      build: number;
      whatsNew: string;
      knownIssues: string;
      installationNotes: string;
      download: { url: string };
    }[];
    expect(latest).toMatchObject({
      build,
      whatsNew: "Faster restores.\nSmaller catalogs.",
      knownIssues: "None known.",
      installationNotes: "Install over 12.0.",
    });
    const [notice] = await waitForMails(customer.email, 1);
    expect(notice?.subject).toContain(`12.1`);
    expect(notice?.subject).toContain(String(build));
    const file = await fetch(latest?.download.url ?? "");
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("creates a support engineer (keyboard only), lists them, and disables one who then cannot sign in", async () => {
    const engineer = `sam-${randomUUID().slice(0, 8)}@example.com`;
    // Its account has no names in the user pool (only its profile has): listed by its address.
    const leaving = await realUser(["agent"]);
    expect((await signIn(leaving.email, STRONG_PASSWORD)).status).toBe(200);

    const { page, context, errors } = await adminAt("/admin/agents", "Support engineers");
    await page.getByRole("table", { name: "Support engineers and whether each may sign in" }).waitFor();
    await typeInto(page, page.getByLabel("E-mail"), engineer);
    await typeInto(page, page.getByLabel("First name"), "Sam");
    await typeInto(page, page.getByLabel("Last name"), "Support");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText(`Sam Support's account is created`).waitFor();
    const created = await rowShowing(page, engineer);
    expect(await created.textContent()).toContain("Waiting for the first sign-in");
    expect(await created.textContent()).toContain("Enabled");

    const row = await rowShowing(page, leaving.email);
    await row.getByRole("button", { name: `Disable ${leaving.email}` }).click();
    const dialog = page.getByRole("dialog", { name: "Disable this support engineer?" });
    await dialog.waitFor();
    await expectAccessible(page);
    // Escape cancels: nothing changes.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect((await signIn(leaving.email, STRONG_PASSWORD)).status).toBe(200);
    await row.getByRole("button", { name: `Disable ${leaving.email}` }).click();
    await dialog.getByRole("button", { name: "Disable" }).click();
    await page
      .getByRole("status")
      .getByText(`${leaving.email} is disabled and can no longer sign in.`)
      .waitFor();
    await row.getByText("Disabled", { exact: true }).waitFor();
    await row.getByRole("button", { name: `Enable ${leaving.email}` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "admin-agents");
    await context.close();
    expect(errors).toEqual([]);
    expect((await signIn(leaving.email, STRONG_PASSWORD)).status).not.toBe(200);
  });

  it("writes, edits and deletes a canned reply; an unknown placeholder is refused beside its text", async () => {
    const title = `Send the log ${randomUUID().slice(0, 6)}`;
    const { page, context, errors } = await adminAt("/admin/canned-replies", "Canned replies");
    await expectAccessible(page);
    await page.getByLabel("Title (English)").fill(title);
    await page.getByLabel("Title (Chinese)").fill("请发送日志");
    await page.getByLabel("Text (English)").fill("Dear {{customerName}}, your order {{orderNumber}}.");
    await page
      .getByLabel("Text (Chinese)")
      .fill("{{customerName}}，您好：请将日志附加到案例 {{caseNumber}}。");
    await page.getByRole("button", { name: "Save the canned reply" }).click();
    const english = page.getByLabel("Text (English)");
    await expect.poll(() => english.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await english.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain("placeholder");
    expect(await page.getByLabel("Text (Chinese)").getAttribute("aria-invalid")).toBeNull();
    await expectAccessible(page);

    await english.fill(
      "Dear {{customerName}}, please attach the log to case {{caseNumber}}.\n\n{{agentName}}",
    );
    await page.getByRole("button", { name: "Save the canned reply" }).click();
    await page.getByRole("status").getByText(`“${title}” is saved.`).waitFor();
    const row = page.getByRole("row", { name: new RegExp(title) });
    expect(await row.textContent()).toContain("{{customerName}}{{caseNumber}}{{agentName}}");
    await screenshot(page, "admin-canned-replies");

    await row.getByRole("button", { name: `Edit ${title}` }).click();
    await page.getByRole("heading", { name: `Edit “${title}”` }).waitFor();
    expect(await page.getByLabel("Title (Chinese)").inputValue()).toBe("请发送日志");
    await page.getByLabel("Title (English)").fill(`${title} (v2)`);
    await page.getByRole("button", { name: "Save the canned reply" }).click();
    await page.getByRole("status").getByText(`“${title} (v2)” is changed.`).waitFor();
    const listed = await api("GET", "/canned-replies", { user: admin });
    const mine = (listed.body.items as { title: { en: string } }[]).filter((r) =>
      r.title.en.startsWith(title),
    );
    expect(mine.map((r) => r.title.en)).toEqual([`${title} (v2)`]);

    await page.getByRole("button", { name: `Delete ${title} (v2)` }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this canned reply?" });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("status").getByText(`“${title} (v2)” is deleted.`).waitFor();
    await page.getByRole("row", { name: new RegExp(title) }).waitFor({ state: "detached" });
    await context.close();
    expect(errors).toEqual([]);
  });

  it("triages feedback: filters by status and kind, and moves one new → reviewed → answered", async () => {
    const customer = await newCustomer();
    const give = (kind: string, text: string) =>
      api("POST", "/feedback", {
        user: customer,
        headers: { "Idempotency-Key": randomUUID() },
        json: { kind, about: "support", text },
      });
    const marker = randomUUID().slice(0, 8);
    expect((await give("praise", `Great restore guide ${marker}`)).status).toBe(201);
    const complaint = await give("complaint", `The restore took too long ${marker}`);
    expect(complaint.status).toBe(201);

    const { page, context, errors } = await adminAt("/admin/feedback", "Feedback");
    const mine = page.getByRole("row", { name: new RegExp(`restore took too long ${marker}`) });
    const praise = page.getByRole("row", { name: new RegExp(`Great restore guide ${marker}`) });
    await mine.waitFor();
    await page.getByLabel("Kind").selectOption("complaint");
    await page.getByLabel("Status").selectOption("new");
    await praise.waitFor({ state: "detached" });
    await expectAccessible(page);
    await mine.getByRole("button", { name: "Mark as reviewed" }).click();
    await page.getByRole("status").getByText("The feedback is now “Reviewed”.").waitFor();
    // Reviewed now: no longer among the new ones.
    await mine.waitFor({ state: "detached" });
    await page.getByLabel("Status").selectOption("reviewed");
    await mine.getByRole("button", { name: "Mark as answered" }).click();
    await page.getByRole("status").getByText("The feedback is now “Answered”.").waitFor();
    await page.getByLabel("Status").selectOption("answered");
    await mine.getByText("Answered", { exact: true }).waitFor();
    expect(await mine.getByRole("button").count()).toBe(0);
    await page.getByLabel("Kind").selectOption("");
    await page.getByLabel("Status").selectOption("");
    await praise.waitFor();
    await screenshot(page, "admin-feedback");
    await page.getByRole("button", { name: /switch language/ }).click();
    await page.getByRole("heading", { level: 1, name: "意见反馈" }).waitFor();
    await mine.getByText("已答复", { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, "admin-feedback-zh");
    await context.close();
    expect(errors).toEqual([]);

    const listed = await api("GET", "/admin/feedback?limit=100", { user: admin });
    const statuses = Object.fromEntries(
      (listed.body.items as { kind: string; text: string; status: string }[])
        .filter((f) => f.text.includes(marker))
        .map((f) => [f.kind, f.status]),
    );
    expect(statuses).toEqual({ praise: "new", complaint: "answered" });
  });
});

/** The table row that shows `text`, reading further pages ("Show more") until it appears. */
async function rowShowing(page: Page, text: string) {
  const row = page.getByRole("row", { name: new RegExp(text.replace(/[.]/g, "\\.")) });
  await page.getByRole("table").first().waitFor();
  for (let pages = 0; pages < 20 && !(await row.count()); pages++) {
    const more = page.getByRole("button", { name: "Show more" });
    await more.waitFor({ timeout: 5000 });
    await more.click();
    await page.getByRole("button", { name: "Loading…" }).waitFor({ state: "detached" });
  }
  await row.waitFor();
  return row;
}
