import { describe, expect, it } from "vitest";
import {
  BUDGET_PAGES,
  FIRST_LOAD_BUDGET_BYTES,
  measureBudgetPages,
  onlyFontFaces,
} from "../../bench/page-load";
import { useBrowser } from "../support/browser";
import { newCustomer, stack } from "../support/local";

const browser = useBrowser();

describe("the portal's first-load budget", () => {
  it("tells a stylesheet of font faces from any other", () => {
    expect(
      onlyFontFaces("/* 400 */ @font-face { font-family: x; src: url(a.woff2); }\n@font-face{font-family:y}"),
    ).toBe(true);
    expect(onlyFontFaces("@font-face { font-family: x; } body { color: red }")).toBe(false);
    expect(onlyFontFaces("body { color: red }")).toBe(false);
  });

  it("loads at most 80 KB of JavaScript and CSS, gzipped, on the sign-in and case-list pages", async () => {
    const customer = await newCustomer();
    const loads = await measureBudgetPages(browser(), stack.portalUrl, customer.token);
    expect(loads.map((load) => load.path)).toEqual(BUDGET_PAGES.map((page) => page.path));
    for (const load of loads) {
      // What the page loaded, measured: the bundle and its stylesheet at least, no font file.
      expect(
        load.files.some((file) => /\/assets\/main-\w+\.js$/.test(file.url)),
        load.path,
      ).toBe(true);
      expect(
        load.files.some((file) => /\/assets\/main-\w+\.css$/.test(file.url)),
        load.path,
      ).toBe(true);
      expect(
        load.files.every((file) => file.gzipBytes > 0 && file.gzipBytes < file.bytes),
        load.path,
      ).toBe(true);
      expect(load.gzipBytes, load.path).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
      // Only the font faces' stylesheet is left out, and it is reported.
      expect(
        load.fontFaceFiles.map((file) => new URL(file.url).pathname),
        load.path,
      ).toEqual(["/portal/assets/fonts.css"]);
      // Timings depend on the machine: printed, not asserted.
      console.log(
        `/portal/${load.path}: ${(load.gzipBytes / 1024).toFixed(1)} KB JS+CSS gzipped in ${load.files.length} files (+ ${(load.fontFaceGzipBytes / 1024).toFixed(1)} KB of @font-face rules), load ${load.loadMs.toFixed(0)} ms, LCP ${load.lcpMs.toFixed(0)} ms`,
      );
      expect(load.loadMs, load.path).toBeGreaterThan(0);
    }
  });
});
