import PostalMime, { type Address, type Email, type Mailbox } from "postal-mime";
import { caseFromReplyAddress } from "./reply-address";
import { replyTextFromHtml, replyTextFromPlain } from "./reply-text";

/** A reply we can thread into a case; whether the sender may do so is decided by applyInboundReply. */
export interface InboundReply {
  kind: "reply";
  caseNumber: string;
  /** The From address, lower-cased. */
  from: string;
  /** The customer's own words: quoted history and signature removed. */
  text: string;
  messageId?: string;
}

export type DropReason = "malformed" | "auto-reply" | "no-case-address" | "empty";

/** A message that is not a customer reply; the caller logs it and moves on. */
export interface DroppedMail {
  kind: "dropped";
  reason: DropReason;
  caseNumber?: string;
  from?: string;
  messageId?: string;
}

export type ParsedMail = InboundReply | DroppedMail;

export type RawMail = ArrayBuffer | string | Uint8Array;

export interface ParseOptions {
  /** Envelope recipients (SES `receipt.recipients`): the only place a Bcc'd reply address shows. */
  recipients?: readonly string[];
}

/** The same bound as a note typed in the portal, so a huge message cannot outgrow a table item. */
export const MAX_REPLY_LENGTH = 20_000;

/** An Internet address: a dotted domain rules out truncated headers such as "From: <li@cust". */
const INTERNET_ADDRESS = /^[^\s@<>]+@[^\s@<>.]+(\.[^\s@<>.]+)+$/;

function mailboxes(addresses: readonly Address[] | undefined): Mailbox[] {
  return (addresses ?? []).flatMap((address) => (address.group ? address.group : [address]));
}

function header(email: Email, key: string): string | undefined {
  return email.headers
    .find((entry) => entry.key === key)
    ?.value.trim()
    .toLowerCase();
}

/**
 * Out-of-office answers and bounces must not count as the customer's reply: they would hand
 * the case back to support and stop the follow-ups (RFC 3834 and common vendor headers).
 */
function isAutomatic(email: Email, from: string): boolean {
  const autoSubmitted = header(email, "auto-submitted");
  if (autoSubmitted !== undefined && autoSubmitted !== "no") return true;
  if (
    email.headers.some((entry) => ["x-autoreply", "x-autorespond", "x-auto-response"].includes(entry.key))
  ) {
    return true;
  }
  if (/^(bulk|junk|list|auto_reply)$/.test(header(email, "precedence") ?? "")) return true;
  if (/^multipart\/report\b/.test(header(email, "content-type") ?? "")) return true;
  return /^(mailer-daemon|postmaster)@/.test(from);
}

function findCase(email: Email, secret: string, options: ParseOptions): string | undefined {
  const candidates = [
    ...(options.recipients ?? []),
    ...(email.deliveredTo ? [email.deliveredTo] : []),
    ...mailboxes(email.to).map((mailbox) => mailbox.address),
    ...mailboxes(email.cc).map((mailbox) => mailbox.address),
  ];
  for (const candidate of candidates) {
    const caseNumber = caseFromReplyAddress(candidate, secret);
    if (caseNumber) return caseNumber;
  }
  return undefined;
}

function replyText(email: Email): string {
  // A real text/plain part keeps the ">" and "On … wrote:" markers; postal-mime leaves `text`
  // undefined for an HTML-only message, which then goes through blockquote removal instead.
  const text =
    email.text !== undefined
      ? replyTextFromPlain(email.text)
      : email.html !== undefined
        ? replyTextFromHtml(email.html)
        : "";
  return text.length > MAX_REPLY_LENGTH ? `${text.slice(0, MAX_REPLY_LENGTH - 1)}…` : text;
}

/** Reads a raw inbound message (RFC 5322, as SES stores it in S3). Never throws on bad input. */
export async function parseInboundReply(
  raw: RawMail,
  secret: string,
  options: ParseOptions = {},
): Promise<ParsedMail> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch {
    // postal-mime rejects only what breaks its limits (nesting, header size): not a reply.
    return { kind: "dropped", reason: "malformed" };
  }
  const messageId = email.messageId?.trim() || undefined;
  const from = email.from?.address?.trim().toLowerCase();
  if (!from || !INTERNET_ADDRESS.test(from)) return { kind: "dropped", reason: "malformed", messageId };
  if (isAutomatic(email, from)) return { kind: "dropped", reason: "auto-reply", from, messageId };

  const caseNumber = findCase(email, secret, options);
  if (!caseNumber) return { kind: "dropped", reason: "no-case-address", from, messageId };

  const text = replyText(email);
  if (text === "") return { kind: "dropped", reason: "empty", caseNumber, from, messageId };
  return { kind: "reply", caseNumber, from, text, messageId };
}
