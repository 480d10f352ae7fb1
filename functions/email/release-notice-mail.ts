import type { Language } from "#domain/language";
import { BODY_TEXT, COLORS, FONT, linkButton, literalHtml, mailDocument, P } from "./mail-layout";
import { writtenTextPlaceholders } from "./written-text";

/**
 * The notice of a new release, in each language. Template data (see notices/notice-mail.ts):
 * vendorName, productName, version, build, size and releasedOn (formatted for the language),
 * downloadsUrl, unsubscribeUrl; customerName and the release notes (whatsNew, knownIssues,
 * installationNotes) as written-text.ts hands them over. An empty note leaves its section out.
 */
export const RELEASE_NOTE_FIELDS = ["whatsNew", "knownIssues", "installationNotes"] as const;
export type ReleaseNoteField = (typeof RELEASE_NOTE_FIELDS)[number];

interface NoticeWords {
  subject: string;
  brand: string;
  title: string;
  greeting: { named: (name: string) => string; neutral: string };
  intro: string;
  facts: { version: string; build: string; size: string; releasedOn: string };
  notes: Record<ReleaseNoteField, string>;
  downloads: { lead: string; button: string; fallback: string };
  closing: string;
  signature: string;
  /** Why this mail came, and the visible unsubscribe link's words. */
  footer: string;
  unsubscribe: string;
}

const WORDS: Record<Language, NoticeWords> = {
  en: {
    subject: "New release: {{productName}} {{version}} build {{build}}",
    brand: "{{vendorName}} Support",
    title: "{{productName}} {{version}} (build {{build}}) is available",
    greeting: { named: (name) => `Dear ${name},`, neutral: "Hello," },
    intro: "A new build of {{productName}}, which is registered to your account, can now be downloaded.",
    facts: { version: "Version", build: "Build", size: "Size", releasedOn: "Released" },
    notes: { whatsNew: "What's new", knownIssues: "Known issues", installationNotes: "Installation notes" },
    downloads: {
      lead: "We recommend updating to the latest build before contacting support. Download it from your products page:",
      button: "Go to my downloads",
      fallback: "If the button does not work, copy this address into your browser:",
    },
    closing: "Thank you for using {{productName}}.",
    signature: "The {{vendorName}} support team",
    footer: "You receive this notice because you asked for release notices of {{productName}}.",
    unsubscribe: "Unsubscribe from these notices",
  },
  "zh-CN": {
    subject: "新版本发布：{{productName}} {{version}} 版本号 {{build}}",
    brand: "{{vendorName}} 客户服务中心",
    title: "{{productName}} {{version}}（版本号 {{build}}）现已发布",
    greeting: { named: (name) => `尊敬的${name}：您好！`, neutral: "尊敬的 {{vendorName}} 客户：您好！" },
    intro: "您的账户中注册的产品 {{productName}} 已发布新版本，现在即可下载。",
    facts: { version: "版本", build: "版本号", size: "大小", releasedOn: "发布日期" },
    notes: { whatsNew: "新增功能", knownIssues: "已知问题", installationNotes: "安装说明" },
    downloads: {
      lead: "我们建议您在联系技术支持之前先更新到最新版本。请在“我的产品和下载”页面下载：",
      button: "前往我的下载",
      fallback: "如果按钮无法使用，请将此地址复制到浏览器中：",
    },
    closing: "感谢您使用 {{productName}}。",
    signature: "{{vendorName}} 客户服务中心",
    footer: "您收到此通知，是因为您订阅了 {{productName}} 的新版本通知。",
    unsubscribe: "退订此类通知",
  },
};

const NAME = "customerName";
/** The catalog's product name may hold "&" or "<": it goes in as written text, like a person's words. */
const PRODUCT = "productName";
const PRODUCT_PLACEHOLDER = "{{productName}}";
const forText = (words: string) =>
  words.replaceAll(PRODUCT_PLACEHOLDER, writtenTextPlaceholders(PRODUCT).text);
const html = (words: string) =>
  literalHtml(words.replaceAll(PRODUCT_PLACEHOLDER, writtenTextPlaceholders(PRODUCT).html));
const FACTS = ["version", "build", "size", "releasedOn"] as const;

export function releaseNoticeSubject(language: Language): string {
  return forText(WORDS[language].subject);
}

export function releaseNoticeText(language: Language): string {
  const w = WORDS[language];
  const named = w.greeting.named(writtenTextPlaceholders(NAME).text);
  const notes = RELEASE_NOTE_FIELDS.map(
    (field) => `{{#if ${field}}}${w.notes[field]}\n${writtenTextPlaceholders(field).text}\n\n{{/if}}`,
  ).join("");
  const blocks = [
    w.title,
    `{{#if ${NAME}}}${named}{{else}}${w.greeting.neutral}{{/if}}`,
    w.intro,
    FACTS.map((fact) => `${w.facts[fact]}: {{${fact}}}`).join("\n"),
    `${notes}${w.downloads.lead}\n{{downloadsUrl}}`,
    `${w.closing}\n${w.signature}`,
    `${w.footer}\n${w.unsubscribe}: {{unsubscribeUrl}}`,
  ];
  return forText(`${blocks.join("\n\n")}\n`);
}

export function releaseNoticeHtml(language: Language): string {
  const w = WORDS[language];
  const heading = (text: string) =>
    `<h2 style="margin:0 0 8px 0;font-family:${FONT};font-size:17px;line-height:24px;font-weight:bold;color:${COLORS.ink};">${html(text)}</h2>`;
  const named = w.greeting.named(writtenTextPlaceholders(NAME).html);
  const factRows = FACTS.map(
    (fact) =>
      `<tr><td style="padding:4px 16px 4px 0;${BODY_TEXT};color:${COLORS.muted};">${html(w.facts[fact])}</td><td style="padding:4px 0;${BODY_TEXT}">{{${fact}}}</td></tr>`,
  ).join("");
  const notes = RELEASE_NOTE_FIELDS.map(
    (field) =>
      `{{#if ${field}}}${heading(w.notes[field])}<p style="${P}">${writtenTextPlaceholders(field).html}</p>{{/if}}`,
  ).join("");
  const body = [
    `<h1 style="margin:0 0 20px 0;font-family:${FONT};font-size:22px;line-height:30px;font-weight:bold;color:${COLORS.ink};">${html(w.title)}</h1>`,
    `<p style="${P}">{{#if ${NAME}}}${html(named)}{{else}}${html(w.greeting.neutral)}{{/if}}</p>`,
    `<p style="${P}">${html(w.intro)}</p>`,
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px 0;">${factRows}</table>`,
    notes,
    linkButton("{{downloadsUrl}}", w.downloads),
    `<p style="margin:0;${BODY_TEXT}">${html(w.closing)}<br>${html(w.signature)}</p>`,
  ].join("\n");
  const footer = `${html(w.footer)}<br><a href="{{unsubscribeUrl}}" style="color:${COLORS.muted};text-decoration:underline;">${html(w.unsubscribe)}</a>`;
  return mailDocument({ language, title: html(w.subject), brand: html(w.brand), body, footer });
}
