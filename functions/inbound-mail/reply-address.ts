import { createHmac, timingSafeEqual } from "node:crypto";
import { CASE_NUMBER_PATTERN } from "#domain/case-number";

/**
 * Every case e-mail carries its own reply address, `case+<number>.<token>@<domain>`. The token
 * is an HMAC of the case number, so knowing (or guessing) a case number is not enough to write
 * into that case: the address must come from an e-mail we sent.
 */
const LOCAL_PART_PREFIX = "case+";

/** 16 hex characters = 64 bits; guessing one is out of reach and the address stays short. */
const TOKEN_LENGTH = 16;

const REPLY_LOCAL_PART = new RegExp(
  `^${escapeRegExp(LOCAL_PART_PREFIX)}(\\d{8})\\.([0-9a-f]{${TOKEN_LENGTH}})$`,
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function assertSecret(secret: string): void {
  // An empty key would make every token computable by anyone: a configuration error, not input.
  if (secret.length === 0) throw new Error("the reply-address secret must not be empty");
}

export function replyToken(caseNumber: string, secret: string): string {
  assertSecret(secret);
  return createHmac("sha256", secret).update(caseNumber).digest("hex").slice(0, TOKEN_LENGTH);
}

export function replyAddressFor(caseNumber: string, secret: string, domain: string): string {
  if (!CASE_NUMBER_PATTERN.test(caseNumber)) throw new RangeError(`not a case number: ${caseNumber}`);
  if (!/^[a-z0-9.-]+$/i.test(domain)) throw new RangeError(`not a mail domain: ${domain}`);
  return `${LOCAL_PART_PREFIX}${caseNumber}.${replyToken(caseNumber, secret)}@${domain.toLowerCase()}`;
}

/**
 * The case a reply address belongs to, or undefined when it is not a reply address or its
 * token is wrong. Accepts `Name <address>` and any letter case (mail systems may upper-case
 * local parts); the domain is not checked, our receiving rule already decided it is ours.
 */
export function caseFromReplyAddress(address: string, secret: string): string | undefined {
  assertSecret(secret);
  const bare = address
    .trim()
    .replace(/^.*<([^<>]*)>\s*$/s, "$1")
    .trim();
  const at = bare.lastIndexOf("@");
  if (at <= 0) return undefined;
  const match = REPLY_LOCAL_PART.exec(bare.slice(0, at).toLowerCase());
  const [, caseNumber, token] = match ?? [];
  if (caseNumber === undefined || token === undefined) return undefined;
  const expected = Buffer.from(replyToken(caseNumber, secret), "ascii");
  // Constant time, so response timing does not reveal how much of a forged token was right.
  return timingSafeEqual(Buffer.from(token, "ascii"), expected) ? caseNumber : undefined;
}
