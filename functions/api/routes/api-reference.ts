import { HtmlPage } from "../responses/reference";
import type { RouteDefinition } from "./route-definition";

export const apiReferenceRoute = {
  method: "GET",
  path: "/docs",
  groups: "public",
  entry: "functions/api/reference/reference-page.ts",
  summary: "The interactive API reference (Redoc) for this document",
  description:
    "A page that renders `/openapi.json` with Redoc, loaded from `/docs/redoc.js`: nothing from another host.",
  tags: ["reference"],
  responses: {
    200: {
      description: "The reference page",
      body: HtmlPage,
      contentType: "text/html",
      headers: ["Cache-Control"],
    },
  },
  needs: {},
} as const satisfies RouteDefinition;
