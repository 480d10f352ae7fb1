import { Registrations } from "../responses/products";
import { RegisterProductsRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const registerProductsRoute = {
  method: "POST",
  path: "/products/registrations",
  groups: ["customer"],
  entry: "functions/api/products/register-products.ts",
  summary:
    "Register serial numbers (one per line) to the caller's account (up to 50), each with its own outcome",
  body: RegisterProductsRequest,
  needs: { table: "write" },
  tags: ["products"],
  description:
    "Registers pasted serial numbers (one per line, up to 50; 5x5 or 8x8 groups, case-insensitive) to the caller. Each line gets its own outcome: `registered`, `already-yours`, `registered-to-another-account`, `unknown` or `malformed`; partial success is normal and still 200. `notices: true` opts every serial that is the caller's (registered or already yours) in to e-mails about new releases of its product, recorded with the time; nothing is sent without it (default false, which changes no earlier opt-in). Those lines answer their `notices`.",
  responses: { 200: { description: "One outcome per line", body: Registrations } },
  example: { body: { serials: "stan1-aaaaa-bbbbb-ccccc-00002\nNOPE-1", notices: true } },
} as const satisfies RouteDefinition;
