import { Products } from "../responses/products";
import type { RouteDefinition } from "./route-definition";

export const listMyProductsRoute = {
  method: "GET",
  path: "/products",
  groups: ["customer"],
  entry: "functions/api/products/list-my-products.ts",
  summary: "The caller's products: licenses, serial numbers, plans with expiry, supported or not",
  needs: { table: "read" },
  tags: ["products"],
  description:
    "The licenses registered to the caller, in serial order: product, edition, version (and whether it is still supported), single-incident credits, each plan with its dates, whether it runs today, and whether it can be renewed or upgraded, and `notices`: whether the serial is opted in to release notices and since when.",
  responses: { 200: { description: "The caller's products", body: Products } },
} as const satisfies RouteDefinition;
