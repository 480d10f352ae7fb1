import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Every release notice carries a one-click unsubscribe link (RFC 8058) for its owner and
 * product. The token names both and is signed with a key only the support center holds, so it
 * works without a sign-in and cannot be made up or altered: `v1.<owner>.<product>.<signature>`,
 * owner and product base64url-encoded, the signature an HMAC-SHA256 of both (128 bits kept).
 */
const VERSION = "v1";
const SIGNATURE_HEX_LENGTH = 32;
const TOKEN = new RegExp(
  `^${VERSION}\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([0-9a-f]{${SIGNATURE_HEX_LENGTH}})$`,
);

export interface NoticeRecipient {
  ownerId: string;
  productId: string;
}

function signature(recipient: NoticeRecipient, key: string): string {
  if (key.length === 0) throw new Error("the notice token key must not be empty");
  return createHmac("sha256", key)
    .update(`${VERSION}\n${recipient.ownerId}\n${recipient.productId}`)
    .digest("hex")
    .slice(0, SIGNATURE_HEX_LENGTH);
}

const encode = (text: string) => Buffer.from(text, "utf8").toString("base64url");

export function unsubscribeToken(recipient: NoticeRecipient, key: string): string {
  return [VERSION, encode(recipient.ownerId), encode(recipient.productId), signature(recipient, key)].join(
    ".",
  );
}

/** The owner and product a token unsubscribes, or undefined for a malformed, forged or altered one. */
export function recipientOfToken(token: string, key: string): NoticeRecipient | undefined {
  const match = TOKEN.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const recipient = {
    ownerId: Buffer.from(match[1], "base64url").toString("utf8"),
    productId: Buffer.from(match[2], "base64url").toString("utf8"),
  };
  // Re-encoding must give the same text: no second spelling of one token.
  if (encode(recipient.ownerId) !== match[1] || encode(recipient.productId) !== match[2]) return undefined;
  const expected = Buffer.from(signature(recipient, key));
  const given = Buffer.from(match[3]);
  return given.length === expected.length && timingSafeEqual(given, expected) ? recipient : undefined;
}
