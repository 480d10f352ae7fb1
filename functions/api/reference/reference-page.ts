import { createHash } from "node:crypto";
import { publicHandler } from "#shared/http";
import { apiReferenceRoute } from "../routes/api-reference";
import { apiReferenceScriptRoute } from "../routes/api-reference-script";
import { openApiDocumentRoute } from "../routes/open-api-document";

/**
 * Redoc renders the document in the browser. Both URLs are relative to /docs, so the page works
 * on any host and under any base path; nothing is fetched from another host (no CDN, no fonts).
 */
const INIT_SCRIPT = `
import { init } from "./${apiReferenceScriptRoute.path.slice(1)}";
init("./${openApiDocumentRoute.path.slice(1)}", { disableTelemetry: true }, document.getElementById("redoc"));
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support center API</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<div id="redoc"></div>
<script type="module">${INIT_SCRIPT}</script>
</body>
</html>
`;

/**
 * Only this host: Redoc's sidebar shows a "by Redocly" logo from their CDN, which the browser
 * must not fetch. Redoc styles itself with inline styles and renders in blob workers.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' 'sha256-${createHash("sha256").update(INIT_SCRIPT).digest("base64")}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const handler = publicHandler(apiReferenceRoute, async () => ({
  status: 200,
  body: PAGE,
  contentType: `${apiReferenceRoute.responses[200].contentType}; charset=utf-8`,
  headers: {
    "cache-control": "public, max-age=300",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
  },
}));
