import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { rawApi, stack } from "../support/local";

/** The API document and its reference page, as the local gateway serves them from the route table. */

const committed = readFileSync(new URL("../../openapi.json", import.meta.url), "utf8");

async function get(path: string) {
  const answer = await rawApi("GET", path);
  return {
    status: answer.status,
    contentType: answer.contentType,
    csp: String(answer.headers["content-security-policy"] ?? ""),
    text: answer.text,
  };
}

describe("the API reference", () => {
  it("serves the committed openapi.json to anyone", async () => {
    const answer = await get("/openapi.json");

    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("application/json");
    expect(JSON.parse(answer.text)).toEqual(JSON.parse(committed));
  });

  it("serves a reference page that loads only what this API serves: its script and the document", async () => {
    const page = await get("/docs");
    expect(page.status).toBe(200);
    expect(page.contentType).toBe("text/html; charset=utf-8");
    // No other host: no absolute or protocol-relative URL anywhere in the page.
    expect(page.text).not.toMatch(/https?:|\/\//);
    // Nor may Redoc itself fetch from elsewhere (its sidebar links a logo on Redocly's CDN).
    for (const directive of ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'"]) {
      expect(page.csp).toContain(directive);
    }
    expect(page.csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);

    // Every URL the page names (attributes, imports, the document for init), resolved from /docs.
    const named = [
      ...page.text.matchAll(/(?:src|href)="([^"]+)"/g),
      ...page.text.matchAll(/from "([^"]+)"/g),
      ...page.text.matchAll(/init\("([^"]+)"/g),
    ].map((match) => new URL(match[1] ?? "", new URL("/docs", stack.apiUrl)));
    expect(named.map((url) => url.pathname).sort()).toEqual(["/docs/redoc.js", "/openapi.json"]);
    for (const url of named) {
      expect(url.origin).toBe(new URL(stack.apiUrl).origin);
      expect((await get(url.pathname)).status, url.pathname).toBe(200);
    }
  });

  it("serves Redoc's standalone script as a module with the init the page calls", async () => {
    const script = await get("/docs/redoc.js");
    expect(script.status).toBe(200);
    expect(script.contentType).toBe("text/javascript; charset=utf-8");

    const directory = mkdtempSync(join(tmpdir(), "redoc-"));
    try {
      writeFileSync(join(directory, "redoc.mjs"), script.text);
      const module = (await import(pathToFileURL(join(directory, "redoc.mjs")).href)) as { init: unknown };
      expect(typeof module.init).toBe("function");
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
