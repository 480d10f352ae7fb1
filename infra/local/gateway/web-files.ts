import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { PORTAL_PREFIX, pageSecurityHeaders } from "../../../web/serving";

/** The local executions console (web/console), built beside the portal; no API route starts with it. */
export const CONSOLE_PREFIX = "/console";

/** Each app's prefix and the page served for its deep links; both read their files from the same build. */
const APPS: Record<string, string> = { [PORTAL_PREFIX]: "index.html", [CONSOLE_PREFIX]: "console.html" };

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * Serves the built portal and console: their files, and index.html for every other page path (deep links;
 * the app routes them). Hashed assets are cached for good, the page itself never.
 */
export async function serveWebFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  filesOrigin?: string,
): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (pathname === "/" || pathname === PORTAL_PREFIX) {
    response.writeHead(302, { location: `${PORTAL_PREFIX}/` });
    response.end();
    return true;
  }
  if (pathname === CONSOLE_PREFIX) {
    response.writeHead(302, { location: `${CONSOLE_PREFIX}/` });
    response.end();
    return true;
  }
  const prefix = Object.keys(APPS).find((p) => pathname.startsWith(`${p}/`));
  if (!prefix) return false;
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname.slice(prefix.length + 1)));
  } catch {
    relative = "..";
  }
  const file = join(root, relative);
  const inside = file.startsWith(root + sep) && !relative.startsWith("..");
  const isAsset = inside && extname(relative) !== "" && (await stat(file).catch(() => undefined))?.isFile();
  const served = isAsset ? file : join(root, APPS[prefix] ?? "index.html");
  if (!isAsset && extname(relative) !== "") {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("Not found");
    return true;
  }
  const body = await readFile(served);
  response.writeHead(200, {
    "content-type": TYPES[extname(served)] ?? "application/octet-stream",
    "cache-control":
      isAsset && /-[A-Z0-9]{8}\./.test(served) ? "public, max-age=31536000, immutable" : "no-cache",
    ...pageSecurityHeaders(filesOrigin),
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
