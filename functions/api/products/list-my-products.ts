import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { productView } from "./product-views";
import { licenses, releases, today } from "./stores";

export const handler = apiHandler(ROUTES.listMyProducts, async (_input, caller) => {
  const owned = await licenses.listOwned(caller.id);
  const productIds = [...new Set(owned.map((license) => license.productId))];
  const versionsByProduct = new Map(
    await Promise.all(
      productIds.map(async (id) => [id, (await releases.listNewestFirst(id)).map((r) => r.version)] as const),
    ),
  );
  const day = today();
  return {
    status: 200,
    body: {
      items: owned.map((license) =>
        productView(license, versionsByProduct.get(license.productId) ?? [], day),
      ),
    },
  };
});
