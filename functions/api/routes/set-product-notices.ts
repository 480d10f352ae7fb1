import { ProductNotices } from "../responses/products";
import { ProductNoticesRequest, SerialPath } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const setProductNoticesRoute = {
  method: "PUT",
  path: "/products/{serial}/notices",
  groups: ["customer"],
  entry: "functions/api/products/set-product-notices.ts",
  summary: "Opt a registered serial in to release notices of its product, or out again",
  params: SerialPath,
  body: ProductNoticesRequest,
  needs: { table: "write" },
  tags: ["products"],
  description:
    "`subscribed: true` opts the serial in to e-mails about new releases of its product (one e-mail per release however many serials of the product are opted in); the first opt-in time is kept (`since`). `subscribed: false` opts it out. Both are idempotent. A serial not registered to the caller is 404, like an unknown one.",
  responses: { 200: { description: "The serial's release notices now", body: ProductNotices } },
  problems: [404],
  example: { body: { subscribed: true } },
} as const satisfies RouteDefinition;
