import { SupportOptions } from "../responses/support";
import { SupportOptionsQuery } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const supportOptionsRoute = {
  method: "GET",
  path: "/support/options",
  groups: ["customer"],
  entry: "functions/api/support/support-options.ts",
  summary: "What help the caller may get now for a product (?serial=…): plans, channels, targets, or why not",
  query: SupportOptionsQuery,
  needs: { table: "read" },
  tags: ["support"],
  description:
    "What the contact wizard offers for one product now: the plans usable today (customer service always), the channels, availability and first-response targets, and `technical`: whether a technical case would be accepted and under which plan, or the refusal's `reason` and `advice` (the same as POST /cases would give). Self-service help is always listed.",
  responses: { 200: { description: "The caller's options for the product", body: SupportOptions } },
  example: { query: { serial: "EXPD1-AAAAA-BBBBB-CCCCC-00003" } },
} as const satisfies RouteDefinition;
