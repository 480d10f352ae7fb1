import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { publicHandler } from "#shared/http";
import { apiReferenceScriptRoute } from "../routes/api-reference-script";

/**
 * Read, not imported: the page loads it as a browser module. In AWS the file sits in the bundle's
 * node_modules (the route's `packageFiles`), locally in the installed package; resolved the same way.
 */
const SCRIPT = readFileSync(
  createRequire(import.meta.url).resolve(apiReferenceScriptRoute.packageFiles[0]),
  "utf8",
);

export const handler = publicHandler(apiReferenceScriptRoute, async () => ({
  status: 200,
  body: SCRIPT,
  contentType: `${apiReferenceScriptRoute.responses[200].contentType}; charset=utf-8`,
  headers: { "cache-control": "public, max-age=86400" },
}));
