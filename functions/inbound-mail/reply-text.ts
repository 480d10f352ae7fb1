/**
 * The customer's own words of a reply, without the quoted history and signature that mail
 * clients append. This matters beyond tidiness: a one-word "Resolved" closes the case only
 * if nothing else is left (DOMAIN.md section 5), and our own follow-up text, quoted back,
 * even contains the word "Resolved".
 */

/** Replies start at the top: beyond this many characters it is history or an attack. */
const MAX_SCANNED = 1_000_000;

/** Header lines that open a quoted message in Outlook-style clients (en, zh-CN, zh-TW). */
const HEADER_FIELD =
  /^\s*(?:\*\s*)?(from|sent|date|to|cc|subject|发件人|发送时间|日期|时间|收件人|抄送|主题|寄件者|寄件日期|傳送時間|收件者|副本|主旨)\s*(?:\*\s*)?[:：]/i;
const FROM_FIELD = /^\s*(?:\*\s*)?(from|发件人|寄件者)\s*(?:\*\s*)?[:：]/i;

/** "-----Original Message-----", "-------- 原始邮件 --------", Gmail's forward marker and kin. */
const SEPARATOR =
  /^\s*[-_=]{2,}\s*(original message|forwarded message|原始邮件|原始郵件|转发邮件|轉寄郵件|回复邮件)\s*[-_=]{2,}\s*$/i;

/** RFC 3676 "-- " (clients often drop the trailing space). */
const SIGNATURE_DELIMITER = /^--\s*$/;

/** "On Mon, 1 Jun 2026 at 10:00, Support <s@x> wrote:", possibly wrapped over a few lines. */
const ENGLISH_ATTRIBUTION = /^on\s.*\swrote:$/is;
/** "在 2026年6月1日 10:00，Support <s@x> 写道：", "Support <s@x> 于2026年6月1日周一 10:00写道：". */
const CHINESE_ATTRIBUTION = /(写道|寫道)\s*[:：]$/;

/** Lines clients add under a reply on their own; they would spoil a bare "Resolved". */
const DEVICE_SIGNATURE =
  /^(sent from my .{1,40}|sent from (mail|outlook) for .{1,20}|get outlook for .{1,20}|发自我的.{1,20}|从我的.{1,20}发送|來自我的.{1,20})$/i;

type Cut = { at: number; kind: "attribution" | "block" };

/** Attribution lines may wrap: join up to three lines and see whether they form one. */
function attributionAt(lines: string[], index: number): number {
  for (let span = 1; span <= 3 && index + span <= lines.length; span++) {
    const window = lines.slice(index, index + span);
    if (window.slice(1).some((line) => line.trim() === "")) break;
    const joined = window.map((line) => line.trim()).join(" ");
    if (joined.length > 400) break;
    if (ENGLISH_ATTRIBUTION.test(joined)) return span;
    // Chinese attributions always name a sender or a date; a bare "他写道：" is prose.
    if (CHINESE_ATTRIBUTION.test(joined) && /[@\d]/.test(joined)) return span;
  }
  return 0;
}

/** A "From:" line opens a quoted header block only when more header lines follow it. */
function isHeaderBlock(lines: string[], index: number): boolean {
  if (!FROM_FIELD.test(lines[index] ?? "")) return false;
  const following = lines.slice(index + 1, index + 5).filter((line) => line.trim() !== "");
  return following.filter((line) => HEADER_FIELD.test(line)).length >= 2;
}

function firstCut(lines: string[], from = 0): Cut | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (SEPARATOR.test(line) || SIGNATURE_DELIMITER.test(line) || isHeaderBlock(lines, i)) {
      return { at: i, kind: "block" };
    }
    if (!line.startsWith(">") && attributionAt(lines, i) > 0) return { at: i, kind: "attribution" };
  }
  return undefined;
}

function tidy(lines: string[]): string {
  const kept = lines.filter((line) => !/^\s*>/.test(line)).map((line) => line.trimEnd());
  // Outlook puts a rule of underscores above the quoted header block.
  while (kept.length > 0 && /^[\s_\-=]*$/.test(kept.at(-1) ?? "")) kept.pop();
  while (kept.length > 0 && DEVICE_SIGNATURE.test((kept.at(-1) ?? "").trim())) {
    kept.pop();
    while (kept.length > 0 && (kept.at(-1) ?? "").trim() === "") kept.pop();
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The customer's words of a plain-text reply. */
export function replyTextFromPlain(text: string): string {
  const lines = text
    .slice(0, MAX_SCANNED)
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n");
  const cut = firstCut(lines);
  if (!cut) return tidy(lines);
  const above = tidy(lines.slice(0, cut.at));
  if (above !== "" || cut.kind !== "attribution") return above;
  // Bottom-posting: nothing above "On … wrote:", so the words are the unquoted lines below it.
  const start = cut.at + attributionAt(lines, cut.at);
  const next = firstCut(lines, start);
  return tidy(lines.slice(start, next?.at));
}

/**
 * Containers in which clients put the quoted message of an HTML reply; all after them is history.
 * (Gmail, Thunderbird, Outlook web and desktop for Mac, Yahoo, NetEase, QQ.)
 */
const QUOTE_CONTAINER =
  /\b(gmail_quote|gmail_quote_container|gmail_attr|moz-cite-prefix|divRplyFwdMsg|appendonsend|yahoo_quoted|mail-editor-reference-message-container|ntes-mailmaster-quote|original-content)\b/i;

// Every tag pattern below stops at "<" as well as ">", so an unclosed tag costs one pass, not
// one pass per "<": mail is attacker-controlled input and may be tens of megabytes.
const OPENING_TAG = /<(div|hr|span)\b[^<>]*>/gi;
const ATTRIBUTE = /\b(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Removes each `open … close` span (comments, <head>, <style>, <script>); an unclosed one
 * hides the rest, as in a browser. indexOf keeps it linear however the spans nest.
 */
function withoutSpans(html: string, open: RegExp, close: string): string {
  const lower = html.toLowerCase();
  let kept = "";
  let last = 0;
  open.lastIndex = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    kept += html.slice(last, match.index);
    const end = lower.indexOf(close, match.index + match[0].length);
    if (end < 0) return kept;
    const closeEnd = close.endsWith(">") ? end + close.length : lower.indexOf(">", end) + 1;
    if (closeEnd <= 0) return kept;
    last = closeEnd;
    open.lastIndex = closeEnd;
  }
  return kept + html.slice(last);
}

/** Drops every <blockquote> with its content, nested ones included. */
function withoutBlockquotes(html: string): string {
  const tag = /<(\/?)blockquote\b[^<>]*>/gi;
  let depth = 0;
  let kept = "";
  let last = 0;
  for (const match of html.matchAll(tag)) {
    const closing = match[1] === "/";
    if (!closing && depth === 0) kept += html.slice(last, match.index);
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth === 0) last = match.index + match[0].length;
  }
  return depth === 0 ? kept + html.slice(last) : kept;
}

/** The HTML before the first element whose class or id marks a quoted message. */
function beforeQuoteContainer(html: string): string {
  OPENING_TAG.lastIndex = 0;
  for (const tag of html.matchAll(OPENING_TAG)) {
    for (const attribute of tag[0].matchAll(ATTRIBUTE)) {
      if (QUOTE_CONTAINER.test(attribute[1] ?? "")) return html.slice(0, tag.index);
    }
  }
  return html;
}

/** Plain text of an HTML reply's own part: quote containers and blockquotes removed, tags stripped. */
export function plainFromHtml(html: string): string {
  let own = html.slice(0, MAX_SCANNED);
  own = withoutSpans(own, /<!--/g, "-->");
  for (const element of ["head", "style", "script", "title"]) {
    own = withoutSpans(own, new RegExp(`<${element}\\b[^<>]*>`, "gi"), `</${element}`);
  }
  const text = withoutBlockquotes(beforeQuoteContainer(own))
    .replace(/\r?\n/g, " ")
    .replace(/<br\b[^<>]*>/gi, "\n")
    .replace(/<\/?(p|div|tr|li|ul|ol|table|h[1-6]|pre|hr)\b[^<>]*>/gi, "\n")
    .replace(/<[^<>]*>/g, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n");
}

export function replyTextFromHtml(html: string): string {
  return replyTextFromPlain(plainFromHtml(html));
}
