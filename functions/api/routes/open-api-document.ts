import { OpenApiDocumentBody } from "../responses/reference";
import type { RouteDefinition } from "./route-definition";

export const openApiDocumentRoute = {
  method: "GET",
  path: "/openapi.json",
  groups: "public",
  entry: "functions/api/reference/openapi-document.ts",
  summary: "This API's OpenAPI 3.1 document",
  description:
    "Generated from the route table and its schemas (`npm run docs`); the same file as `openapi.json` in the repository.",
  tags: ["reference"],
  responses: {
    200: { description: "The OpenAPI document", body: OpenApiDocumentBody, headers: ["Cache-Control"] },
  },
  needs: {},
} as const satisfies RouteDefinition;
