import sparticuz from "@sparticuz/chromium";
import { type BrowserServer, chromium } from "playwright-core";

declare module "vitest" {
  export interface ProvidedContext {
    /** The WebSocket of the run's one Chromium (global setup); browser tests connect to it. */
    browserEndpoint: string;
  }
}

/** The headless Chromium that ships inside @sparticuz/chromium, as a server tests connect to. */
export async function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: await sparticuz.executablePath(),
    // --single-process (meant for Lambda) ends Chromium with the first closed context.
    args: sparticuz.args.filter((arg) => arg !== "--single-process"),
    headless: true,
  });
}
