/**
 * Text a person wrote (an agent's reply, a customer's note) going into an e-mail. The local SES
 * renders `{{x}}` raw and whether SES escapes it is not verified (DESIGN.md), so templates take
 * written text only through triple braces and this module is the one place that escapes it:
 * the text part gets it verbatim, the HTML part gets it escaped with its line breaks kept.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** The text as HTML that shows it literally: markup escaped, each line break a `<br>`. */
export function writtenTextAsHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character)
    .replace(/\r\n?|\n/g, "<br>\n");
}

/** The template placeholders for one written field, by part (used by templates.ts). */
export function writtenTextPlaceholders(field: string): { text: string; html: string } {
  return { text: `{{{${field}}}}`, html: `{{{${htmlField(field)}}}}` };
}

/** The template data for one written field: both forms, so each part takes its own. */
export function writtenTextData(field: string, text: string): Record<string, string> {
  return { [field]: text, [htmlField(field)]: writtenTextAsHtml(text) };
}

const htmlField = (field: string) => `${field}Html`;
