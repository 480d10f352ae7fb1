import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { realUser } from "../support/accounts";
import { expectAccessible, screenshot, signedInPortal, useBrowser } from "../support/browser";
import { day, license, newSerial } from "../support/licenses";
import { api, type TestUser } from "../support/local";

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
});
