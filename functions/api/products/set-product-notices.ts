import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { setProductNoticesRoute } from "../routes/set-product-notices";
import { setNotices } from "./product-notices";
import { licenses } from "./stores";

/** A customer turns release notices of one of their serials on or off (products and Subscriptions pages). */
export const handler = apiHandler(
  setProductNoticesRoute,
  async ({ path: { serial }, body: { subscribed } }, caller) => {
    const license = await licenses.load(serial);
    // Someone else's serial answers exactly like an unknown one.
    if (license?.ownerId !== caller.id)
      throw problems.notFound(`No product with serial ${serial} is registered to you.`);
    const notices = await setNotices(
      { ...license, ownerId: caller.id },
      subscribed,
      new Date().toISOString(),
    );
    return { status: 200, body: { serial, productId: license.productId, notices } };
  },
);
