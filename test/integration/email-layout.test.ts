import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Language } from "#domain/language";
import { REPOSITORY_ROOT } from "#infra/repository";
import { screenshot, useBrowser } from "../support/browser";
import { api, newCustomer, newUser, openCase, type SentMail, stack, waitForMails } from "../support/local";

const browser = useBrowser();

/** Mail is opened from a stand-in origin: nothing of the portal (its CSP, its styles) applies. */
const MAIL_ORIGIN = "http://mail.test";
const FONTS = resolve(REPOSITORY_ROOT, "node_modules/@fontsource/noto-sans-sc");

/**
 * The reader's system font for Chinese (this Chromium has Latin fonts only): Noto Sans SC, which
 * the mail's font stack names. The mail itself loads no font.
 */
async function readerFonts(): Promise<string> {
  const sheets = await Promise.all(
    [400, 700].map((weight) => readFile(resolve(FONTS, `${weight}.css`), "utf8")),
  );
  return sheets.join("\n").replaceAll("url(./files/", `url(${MAIL_ORIGIN}/fonts/`);
}

/** Opens a mail's HTML part in a fresh page of the given width, as a mail client shows it. */
async function openMail(html: string, width: number): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const fonts = await readerFonts();
  await page.route(`${MAIL_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith("/fonts/")) {
      const body = await readFile(resolve(FONTS, "files", pathname.slice("/fonts/".length)));
      return route.fulfill({ body, contentType: "font/woff2" });
    }
    return route.fulfill({
      body: html.replace("</head>", `<style>${fonts}</style></head>`),
      contentType: "text/html",
    });
  });
  await page.goto(`${MAIL_ORIGIN}/`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Support answers a named customer's case; the reply and its three follow-ups arrive. */
async function caseMails(language: Language): Promise<{ caseNumber: string; mails: SentMail[] }> {
  const [customer, agent] = await Promise.all([newCustomer(), newUser(["agent"])]);
  const caseNumber = await openCase(customer, { language });
  const reply = await api("POST", `/cases/${caseNumber}/replies`, {
    user: agent,
    json: {
      message: "Please update to build 4711:\n1. Download it from My products.\n2. Restart the agent.",
    },
  });
  expect(reply.status).toBe(201);
  return { caseNumber, mails: await waitForMails(customer.email, 4) };
}

describe.each<Language>(["en", "zh-CN"])("a case e-mail's HTML part in a browser (%s)", (language) => {
  it("fits 600 pixels on a desktop and the screen of a phone, with its case link as a button", async () => {
    const { caseNumber, mails } = await caseMails(language);
    const casePage = new URL(`cases/${caseNumber}`, stack.portalUrl).href;
    const names = ["reply", "follow-up-3"] as const;

    for (const [name, mail] of [
      [names[0], mails[0]],
      [names[1], mails[3]],
    ] as const) {
      const desktop = await openMail(mail?.body.html ?? "", 1000);
      const card = desktop.locator("table[style*='max-width:600px']");
      expect((await card.boundingBox())?.width).toBeLessThanOrEqual(600);
      const button = desktop.getByRole("link", { name: new RegExp(caseNumber) }).first();
      await expect.poll(() => button.getAttribute("href")).toBe(casePage);
      expect(await button.isVisible()).toBe(true);
      await screenshot(desktop, `email-${name}-${language}`);
      await desktop.context().close();

      const phone = await openMail(mail?.body.html ?? "", 375);
      // Nothing wider than the screen: no sideways scrolling to read it.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(phone, `email-${name}-${language}-phone`);
      await phone.context().close();
    }
  });
});
