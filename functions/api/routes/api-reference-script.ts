import { Script } from "../responses/reference";
import type { RouteDefinition } from "./route-definition";

export const apiReferenceScriptRoute = {
  method: "GET",
  path: "/docs/redoc.js",
  groups: "public",
  entry: "functions/api/reference/reference-script.ts",
  summary: "Redoc's standalone script (MIT), as @redocly/cli ships it, for the reference page",
  description: "An ES module exporting `init`; cached by the browser for a day.",
  tags: ["reference"],
  responses: {
    200: {
      description: "The script",
      body: Script,
      contentType: "text/javascript",
      headers: ["Cache-Control"],
    },
  },
  needs: {},
  packageFiles: ["@redocly/cli/lib/chunks/redoc.standalone.js"],
} as const satisfies RouteDefinition;
