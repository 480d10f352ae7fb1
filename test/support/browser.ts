import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { REPOSITORY_ROOT } from "#infra/repository";
import { STRONG_PASSWORD } from "./accounts";
import { stack } from "./local";

/** Screenshots of every page the browser tests visit, for people to look at (ignored by git). */
export const SCREENSHOTS = resolve(REPOSITORY_ROOT, ".local/screenshots");

/**
 * The run's Chromium (started once by the global setup), connected once per test file; every
 * test opens its own context (cookies, storage), so tests stay independent.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("browserEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser(): the browser is not connected yet (call it inside a test)");
    return browser;
  };
}

export interface PortalPage {
  page: Page;
  context: BrowserContext;
  /** Errors the page threw or logged (CSP violations among them); a test expects none. */
  errors: string[];
}

/** A fresh browser context in a language and time zone, on a portal path ("/sign-up"). */
export async function openPortal(
  browser: Browser,
  path: string,
  options: { locale?: string; timeZone?: string } = {},
): Promise<PortalPage> {
  const context = await browser.newContext({
    locale: options.locale ?? "en-GB",
    timezoneId: options.timeZone ?? "Europe/Berlin",
    viewport: { width: 1100, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // The API's own refusals (a 400 the page shows) are logged by Chromium too: not page errors.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  await page.goto(new URL(path.replace(/^\//, ""), stack.portalUrl).href);
  return { page, context, errors };
}

/** A full-page PNG in .local/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const grave = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(grave).toEqual([]);
}

/** Presses Tab until `target` has the focus (at most `limit` presses), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a field and types into it, keyboard only. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Signs `user` in through the sign-in page, keyboard only, and lands on `path` (as `next`). */
export async function signedInPortal(
  browser: Browser,
  user: { email: string },
  path: string,
  options: { locale?: string; timeZone?: string } = {},
): Promise<PortalPage> {
  const portal = await openPortal(browser, `/sign-in?next=${encodeURIComponent(path)}`, options);
  const { page } = portal;
  await typeInto(page, page.getByLabel(/^(E-mail|电子邮件)$/), user.email);
  await typeInto(page, page.getByLabel(/^(Password|密码)$/), STRONG_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  return portal;
}
