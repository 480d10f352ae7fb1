import { describe, expect, it } from "vitest";
import { realUser, signedUpCustomer } from "../support/accounts";
import { expectAccessible, screenshot, signedInPortal, useBrowser } from "../support/browser";

const browser = useBrowser();

describe("the staff side of the portal", { timeout: 60_000 }, () => {
  it("is a chunk of its own that customers never load, and refuses them", async () => {
    const customer = await signedUpCustomer();
    const { page, context, errors } = await signedInPortal(browser(), customer, "/");
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
    await page.getByRole("heading", { name: "My account" }).waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(loaded.filter((url) => url.includes("/chunk-staff-app"))).toEqual([]);

    await page.goto(page.url().replace(/\/account$/, "/desk"));
    await page.getByRole("heading", { name: "For support staff only" }).waitFor();
    expect(scripts.some((url) => url.includes("/chunk-staff-app"))).toBe(true);
    await expectAccessible(page);
    await context.close();
    expect(errors).toEqual([]);
  });

  it("takes staff home to the desk; the administration pages are an admin's only", async () => {
    const admin = await realUser(["admin"]);
    const signedIn = await signedInPortal(browser(), admin, "/");
    await signedIn.page.waitForURL(/\/portal\/desk$/);
    const menu = signedIn.page.getByRole("navigation", { name: "Staff menu" });
    await menu.getByRole("link", { name: "Licenses" }).waitFor();
    await screenshot(signedIn.page, "staff-admin-home");
    await signedIn.context.close();

    const agent = await realUser(["agent"]);
    const { page, context, errors } = await signedInPortal(browser(), agent, "/admin/licenses");
    await page.getByRole("heading", { name: "For administrators only" }).waitFor();
    expect(
      await page.getByRole("navigation", { name: "Staff menu" }).getByRole("link").allTextContents(),
    ).toEqual(["Case queue", "Case for a caller"]);
    await expectAccessible(page);
    await context.close();
    expect(errors).toEqual([]);
  });
});
