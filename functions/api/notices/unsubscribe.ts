import { recipientOfToken } from "#notices/unsubscribe-token";
import { unsubscribeTokenKey } from "#notices/unsubscribe-token-key";
import { publicHandler } from "#shared/http";
import { HttpProblem } from "#shared/problem";
import { licenses, noticeSubscriptions } from "../products/stores";
import { unsubscribeNoticesRoute } from "../routes/unsubscribe-notices";
import { oneClickBody } from "./one-click-body";

const tokenKey = unsubscribeTokenKey();

const invalidToken = () =>
  new HttpProblem(
    400,
    "invalid-unsubscribe-token",
    "This unsubscribe link is not valid",
    "The link is incomplete or was changed. Use the link from the notice as it is, or sign in and change your release notices under Subscriptions.",
    [{ field: "query.token", message: "is not a token the support center issued" }],
  );

/**
 * RFC 8058 one-click unsubscribe: the notice's signed token names the owner and the product,
 * and every serial of that product is opted out. No sign-in; a token that does not verify
 * changes nothing.
 */
export const handler = publicHandler(
  unsubscribeNoticesRoute,
  async ({ query: { token } }) => {
    const recipient = recipientOfToken(token, await tokenKey());
    if (!recipient) throw invalidToken();
    const removed = await noticeSubscriptions.unsubscribe(recipient.productId, recipient.ownerId);
    const owned = await licenses.listOwned(recipient.ownerId);
    const productName = owned.find((license) => license.productId === recipient.productId)?.productName;
    return {
      status: 200,
      body: {
        productId: recipient.productId,
        ...(productName ? { productName } : {}),
        subscribed: false,
        changed: removed.length > 0,
      },
    };
  },
  { bodyReaders: oneClickBody },
);
