import { publicHandler } from "#shared/http";
import { ROUTES } from "../routes";

/**
 * Redoc renders the document in the browser. Both URLs are relative to /docs, so the page works
 * on any host and under any base path; nothing is fetched from another host (no CDN, no fonts).
 */
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
<script type="module">
import { init } from "./${ROUTES.apiReferenceScript.path.slice(1)}";
init("./${ROUTES.openApiDocument.path.slice(1)}", { disableTelemetry: true }, document.getElementById("redoc"));
</script>
</body>
</html>
`;

export const handler = publicHandler(ROUTES.apiReference, async () => ({
  status: 200,
  body: PAGE,
  contentType: `${ROUTES.apiReference.responses[200].contentType}; charset=utf-8`,
  headers: { "cache-control": "public, max-age=300" },
}));
