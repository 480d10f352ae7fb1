import type { Language } from "#domain/language";
import type { MailFrame, MailText, Paragraph } from "./mail-texts";
import { writtenTextAsHtml, writtenTextPlaceholders } from "./written-text";

/**
 * One case e-mail laid out twice: a plain text part, and an HTML part built the way mail
 * clients (Outlook's Word engine included) render reliably: nested tables, inline styles only,
 * no images or web fonts, at most 600 pixels wide. Both take the same words and placeholders.
 */
export interface MailParts {
  language: Language;
  frame: MailFrame;
  text: MailText;
  /**
   * For template data from before names and links (vendorName, caseNumber, replyDate only): no
   * greeting by name and no case link. SES fails to render a field its data lacks.
   */
  oldData?: boolean;
}

/** The template-data field of the customer's name; empty or absent means the neutral greeting. */
export const CUSTOMER_NAME_FIELD = "customerName";

type Form = "text" | "html";

/** By name where the data has one (an empty name greets neutrally). */
function greeting({ frame, oldData }: MailParts, form: Form): string {
  const shown = (text: string) => (form === "html" ? literalHtml(text) : text);
  if (oldData) return shown(frame.greeting.neutral);
  const named = frame.greeting.named(writtenTextPlaceholders(CUSTOMER_NAME_FIELD)[form]);
  return `{{#if ${CUSTOMER_NAME_FIELD}}}${shown(named)}{{else}}${shown(frame.greeting.neutral)}{{/if}}`;
}

/** Our own wording as HTML; placeholders pass through (braces need no escaping). */
export function literalHtml(text: string): string {
  // The name placeholder is already HTML (its data is escaped): keep its braces and name intact.
  return text
    .split(/(\{\{\{\w+\}\}\})/)
    .map((piece, i) => (i % 2 ? piece : writtenTextAsHtml(piece)))
    .join("");
}

export function textPart(parts: MailParts): string {
  const { frame, text, oldData } = parts;
  const paragraph = (p: Paragraph) => (typeof p === "string" ? p : writtenTextPlaceholders(p.written).text);
  const blocks = [
    text.title,
    greeting(parts, "text"),
    ...text.paragraphs.map(paragraph),
    ...(oldData ? [] : [`${frame.caseLink.lead}\n{{caseUrl}}`]),
    `${frame.closing}\n${frame.signature}`,
  ];
  return `${blocks.join("\n\n")}\n`;
}

export const COLORS = {
  page: "#eef1f4",
  card: "#ffffff",
  brand: "#1f4e79",
  ink: "#1d2733",
  muted: "#55616e",
  rule: "#d5dce3",
  quote: "#f4f6f8",
};
export const FONT =
  "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,'PingFang SC','Microsoft YaHei','Noto Sans SC',sans-serif";
export const BODY_TEXT = `font-family:${FONT};font-size:16px;line-height:24px;color:${COLORS.ink}`;
export const P = `margin:0 0 16px 0;${BODY_TEXT}`;

function htmlParagraph(p: Paragraph): string {
  if (typeof p === "string") return `<p style="${P}">${literalHtml(p)}</p>`;
  // Someone's own words, set apart as a quotation.
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">` +
    `<tr><td style="border-left:4px solid ${COLORS.brand};background-color:${COLORS.quote};padding:12px 16px;${BODY_TEXT}">` +
    `${writtenTextPlaceholders(p.written).html}</td></tr></table>`
  );
}

/** A button that is a table cell, so Outlook draws its background too; the address below it for clients that drop buttons. */
export function linkButton(url: string, words: { lead: string; button: string; fallback: string }): string {
  const link = `color:${COLORS.brand};text-decoration:underline;word-break:break-all`;
  return (
    `<p style="${P}">${literalHtml(words.lead)}</p>` +
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;"><tr>` +
    `<td bgcolor="${COLORS.brand}" style="border-radius:4px;background-color:${COLORS.brand};">` +
    `<a href="${url}" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:4px;">` +
    `${literalHtml(words.button)}</a></td></tr></table>` +
    `<p style="margin:0 0 24px 0;font-family:${FONT};font-size:13px;line-height:20px;color:${COLORS.muted};">` +
    `${literalHtml(words.fallback)}<br><a href="${url}" style="${link}">${url}</a></p>`
  );
}

const caseLink = (frame: MailFrame) => linkButton("{{caseUrl}}", frame.caseLink);

export function htmlPart(parts: MailParts): string {
  const { language, frame, text, oldData } = parts;
  const body = [
    `<h1 style="margin:0 0 20px 0;font-family:${FONT};font-size:22px;line-height:30px;font-weight:bold;color:${COLORS.ink};">${literalHtml(text.title)}</h1>`,
    `<p style="${P}">${greeting(parts, "html")}</p>`,
    ...text.paragraphs.map(htmlParagraph),
    ...(oldData ? [] : [caseLink(frame)]),
    `<p style="margin:0;${BODY_TEXT}">${literalHtml(frame.closing)}<br>${literalHtml(frame.signature)}</p>`,
  ].join("\n");
  return mailDocument({
    language,
    title: literalHtml(frame.subject),
    brand: literalHtml(frame.brand),
    body,
    footer: literalHtml(frame.footer),
  });
}

/**
 * The page around an e-mail's HTML body: the brand band, the card and the small print, each
 * given as HTML. Shared by case e-mails and release notices.
 */
export function mailDocument(parts: {
  language: Language;
  title: string;
  brand: string;
  body: string;
  footer: string;
}): string {
  const cell = (style: string, content: string) => `<tr><td style="${style}">${content}</td></tr>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${parts.language}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light only"><title>${parts.title}</title></head>`,
    `<body style="margin:0;padding:0;background-color:${COLORS.page};">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLORS.page};"><tr><td align="center" style="padding:24px 12px;">`,
    // Outlook ignores max-width: a fixed 600-pixel table holds it there instead.
    `<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:${COLORS.card};border:1px solid ${COLORS.rule};border-radius:6px;">`,
    cell(
      `background-color:${COLORS.brand};padding:18px 32px;border-radius:6px 6px 0 0;font-family:${FONT};font-size:18px;line-height:24px;font-weight:bold;color:#ffffff;`,
      parts.brand,
    ),
    cell("padding:32px;", parts.body),
    cell(
      `padding:16px 32px;border-top:1px solid ${COLORS.rule};font-family:${FONT};font-size:12px;line-height:18px;color:${COLORS.muted};`,
      parts.footer,
    ),
    "</table>",
    "<!--[if mso]></td></tr></table><![endif]-->",
    "</td></tr></table>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
