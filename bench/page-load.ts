import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import type { Session } from "../web/session";

/** The budget: first-load JavaScript + CSS of a page, gzipped, fonts excluded. */
export const FIRST_LOAD_BUDGET_BYTES = 80 * 1024;

/** The pages the budget is about, below the portal's URL. */
export const BUDGET_PAGES = [
  { path: "sign-in", signedIn: false },
  { path: "cases", signedIn: true },
] as const;

/** Where web/session.ts keeps a remembered session. */
const SESSION_KEY = "portal.session";

export interface LoadedFile {
  url: string;
  /** As the browser received it (the local gateway does not compress; CloudFront does). */
  encodedBytes: number;
  bytes: number;
  /** gzip of the file as served: what it costs over a compressing CDN. */
  gzipBytes: number;
}

export interface PageLoad {
  path: string;
  /** Every script and stylesheet the page loaded, but the font-face stylesheets: the budget's files. */
  files: LoadedFile[];
  gzipBytes: number;
  /** Stylesheets of nothing but @font-face rules: "fonts excluded", so reported beside the budget. */
  fontFaceFiles: LoadedFile[];
  fontFaceGzipBytes: number;
  /** Navigation start to the end of the load event. */
  loadMs: number;
  /** The last largest-contentful-paint entry, or NaN when Chromium reported none. */
  lcpMs: number;
}

interface InPage {
  loadMs: number;
  lcpMs: number;
  resources: { url: string; encodedBytes: number }[];
}

// Plain JavaScript, run in the page: a function from this module would come through tsx's
// transform with helpers the page does not have.
const MEASURE_IN_PAGE = `new Promise((resolve) => {
  const navigation = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource").map((entry) => ({ url: entry.name, encodedBytes: entry.encodedBodySize }));
  const done = (lcpMs) => resolve({ loadMs: navigation.loadEventEnd - navigation.startTime, lcpMs, resources });
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    done(last ? last.startTime : Number.NaN);
  }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => done(Number.NaN), 2000);
})`;

const isScriptOrStyle = (url: string) => /\.(js|mjs|css)$/.test(new URL(url).pathname);

/** A stylesheet that only declares font faces (comments and whitespace aside). */
export function onlyFontFaces(css: string): boolean {
  const rest = css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/@font-face\s*\{[^}]*\}/g, "")
    .trim();
  return rest === "" && css.includes("@font-face");
}

const sum = (files: LoadedFile[]) => files.reduce((total, file) => total + file.gzipBytes, 0);

/**
 * Loads one portal page in a fresh context (empty cache, as a first visit), optionally signed
 * in (the session put where web/session.ts looks before any script runs), and measures what it
 * loaded and how long it took.
 */
export async function measurePageLoad(
  browser: Browser,
  portalUrl: string,
  path: string,
  session?: Session,
): Promise<PageLoad> {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1100, height: 800 } });
  try {
    if (session) {
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        SESSION_KEY,
        JSON.stringify(session),
      ] as const);
    }
    const page = await context.newPage();
    await page.goto(new URL(path, portalUrl).href, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const measured = (await page.evaluate(MEASURE_IN_PAGE)) as InPage;
    const loaded = await Promise.all(
      measured.resources
        .filter((resource) => isScriptOrStyle(resource.url))
        .map(async (resource) => {
          const body = await (await context.request.get(resource.url)).body();
          const file = { ...resource, bytes: body.length, gzipBytes: gzipSync(body).length };
          return { file, fontFaces: resource.url.endsWith(".css") && onlyFontFaces(body.toString("utf8")) };
        }),
    );
    const files = loaded.filter((entry) => !entry.fontFaces).map((entry) => entry.file);
    const fontFaceFiles = loaded.filter((entry) => entry.fontFaces).map((entry) => entry.file);
    return {
      path,
      files,
      gzipBytes: sum(files),
      fontFaceFiles,
      fontFaceGzipBytes: sum(fontFaceFiles),
      loadMs: measured.loadMs,
      lcpMs: measured.lcpMs,
    };
  } finally {
    await context.close();
  }
}

/** A session for a signed-in page load, from an ID token the local API accepts. */
export function sessionFor(idToken: string): Session {
  return { idToken, expiresAt: Date.now() + 60 * 60 * 1000 };
}

/** The budget pages, one after the other (so their timings do not compete). */
export async function measureBudgetPages(
  browser: Browser,
  portalUrl: string,
  idToken: string,
): Promise<PageLoad[]> {
  const loads: PageLoad[] = [];
  for (const { path, signedIn } of BUDGET_PAGES) {
    loads.push(await measurePageLoad(browser, portalUrl, path, signedIn ? sessionFor(idToken) : undefined));
  }
  return loads;
}
