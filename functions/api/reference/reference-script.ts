import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { publicHandler } from "#shared/http";
import { ROUTES } from "../routes";

/**
 * Read, not imported: the page loads it as a browser module. In AWS the file sits in the bundle's
 * node_modules (the route's `packageFiles`), locally in the installed package; resolved the same way.
 */
const SCRIPT = readFileSync(
  createRequire(import.meta.url).resolve(ROUTES.apiReferenceScript.packageFiles[0]),
  "utf8",
);

export const handler = publicHandler(ROUTES.apiReferenceScript, async () => ({
  status: 200,
  body: SCRIPT,
  contentType: `${ROUTES.apiReferenceScript.responses[200].contentType}; charset=utf-8`,
  headers: { "cache-control": "public, max-age=86400" },
}));
