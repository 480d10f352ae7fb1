import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { ownedProducts } from "./owned-products";

export const handler = apiHandler(ROUTES.listMyProducts, async (_input, caller) => ({
  status: 200,
  body: { items: await ownedProducts(caller.id) },
}));
