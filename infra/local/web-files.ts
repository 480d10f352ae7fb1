import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { PORTAL_PREFIX, pageSecurityHeaders } from "../../web/serving";

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
 * Serves the built portal: its files, and index.html for every other page path (deep links;
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
  if (!pathname.startsWith(`${PORTAL_PREFIX}/`)) return false;
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname.slice(PORTAL_PREFIX.length + 1)));
  } catch {
    relative = "..";
  }
  const file = join(root, relative);
  const inside = file.startsWith(root + sep) && !relative.startsWith("..");
  const isAsset = inside && extname(relative) !== "" && (await stat(file).catch(() => undefined))?.isFile();
  const served = isAsset ? file : join(root, "index.html");
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
