import { apiHandler } from "#shared/http";
import { listMyProductsRoute } from "../routes/list-my-products";
import { ownedProducts } from "./owned-products";

export const handler = apiHandler(listMyProductsRoute, async (_input, caller) => ({
  status: 200,
  body: { items: await ownedProducts(caller.id) },
}));
