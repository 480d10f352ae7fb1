import { productView } from "./product-views";
import { licenses, releases, today } from "./stores";

/** A customer's products as the portal and the desk show them: licenses, plans, supported or not. */
export async function ownedProducts(userId: string) {
  const owned = await licenses.listOwned(userId);
  const productIds = [...new Set(owned.map((license) => license.productId))];
  const versionsByProduct = new Map(
    await Promise.all(
      productIds.map(async (id) => [id, (await releases.listNewestFirst(id)).map((r) => r.version)] as const),
    ),
  );
  const day = today();
  return owned.map((license) => productView(license, versionsByProduct.get(license.productId) ?? [], day));
}
