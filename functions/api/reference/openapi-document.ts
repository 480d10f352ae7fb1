import { publicHandler } from "#shared/http";
import document from "../../../openapi.json" with { type: "json" };
import { openApiDocumentRoute } from "../routes/open-api-document";

/** The committed document (`npm run docs` writes it; a test fails when it is stale), bundled in. */
export const handler = publicHandler(openApiDocumentRoute, async () => ({
  status: 200,
  body: document,
  headers: { "cache-control": "public, max-age=300" },
}));
