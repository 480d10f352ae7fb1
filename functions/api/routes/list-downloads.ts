import { Downloads } from "../responses/products";
import { SerialPath } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const listDownloadsRoute = {
  method: "GET",
  path: "/products/{serial}/downloads",
  groups: ["customer"],
  entry: "functions/api/products/list-downloads.ts",
  summary: "Builds of an owned product, newest first, each with a short-lived download URL",
  params: SerialPath,
  needs: { table: "read", files: { read: "releases" } },
  tags: ["products"],
  description:
    "The builds of a product registered to the caller, newest first, each with a download URL valid 15 minutes. A serial not registered to the caller is 404, like an unknown one.",
  responses: { 200: { description: "The product's builds", body: Downloads } },
  problems: [404],
} as const satisfies RouteDefinition;
