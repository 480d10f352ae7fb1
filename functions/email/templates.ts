import type { Language } from "#domain/language";
import { writtenTextPlaceholders } from "./written-text";

/**
 * Every e-mail the support center sends, in every language: the single source for the SES
 * templates that CDK deploys and the local stack creates. Placeholders are SES (Handlebars)
 * syntax; `TemplateData` supplies them (see follow-up/execution-input.ts). Text a person wrote
 * is a `{ written }` paragraph, never a plain `{{x}}`: see written-text.ts.
 */
export interface EmailTemplate {
  name: string;
  subject: string;
  text: string;
  html: string;
}

export type TemplateKind = "case-reply" | "case-follow-up";

/** A paragraph of someone's own words, by the name of its template-data field. */
interface WrittenParagraph {
  written: string;
}

interface TemplateText {
  subject: string;
  paragraphs: (string | WrittenParagraph)[];
}

/** The support reply's own text, in the reply e-mail. */
export const REPLY_BODY = { written: "replyBody" } as const satisfies WrittenParagraph;

const SUBJECT: Record<Language, string> = {
  en: "{{vendorName}} support case {{caseNumber}}",
  "zh-CN": "{{vendorName}} 支持案例 {{caseNumber}}",
};

const TEXTS: Record<TemplateKind, Record<Language, TemplateText>> = {
  "case-reply": {
    en: {
      subject: SUBJECT.en,
      paragraphs: [
        "Our support team has answered your support case #{{caseNumber}}:",
        REPLY_BODY,
        "If this solves the problem, just reply 'Resolved'. Otherwise reply and tell us more so we can keep helping.",
      ],
    },
    "zh-CN": {
      subject: SUBJECT["zh-CN"],
      paragraphs: [
        "我们的技术支持团队已答复您的支持案例 #{{caseNumber}}：",
        REPLY_BODY,
        "如果问题已解决，请直接回复“已解决”。如果问题仍然存在，请回复并说明情况，以便我们继续为您提供帮助。",
      ],
    },
  },
  "case-follow-up": {
    en: {
      subject: SUBJECT.en,
      paragraphs: [
        "We are following up on your support case #{{caseNumber}}. Our reply to your original question was sent on {{replyDate}}.",
        "Please tell us whether the problem is solved. If it is fully solved and you are satisfied, just reply 'Resolved'.",
        "If the problem remains or you are not satisfied, reply and explain so we can keep helping.",
      ],
    },
    "zh-CN": {
      subject: SUBJECT["zh-CN"],
      paragraphs: [
        "我们正在跟进您的支持案例 #{{caseNumber}}。我们对您最初问题的答复已于 {{replyDate}} 发出。",
        "请告诉我们问题是否已经解决。如果问题已完全解决且您感到满意，请直接回复“已解决”。",
        "如果问题仍然存在或您不满意，请回复并说明情况，以便我们继续为您提供帮助。",
      ],
    },
  },
};

export function templateName(kind: TemplateKind, language: Language): string {
  return `${kind}-${language}`;
}

function toTemplate(kind: TemplateKind, language: Language, text: TemplateText): EmailTemplate {
  const part = (form: "text" | "html") =>
    text.paragraphs.map((p) => (typeof p === "string" ? p : writtenTextPlaceholders(p.written)[form]));
  return {
    name: templateName(kind, language),
    subject: text.subject,
    text: `${part("text").join("\n\n")}\n`,
    html: part("html")
      .map((p) => `<p>${p}</p>`)
      .join("\n"),
  };
}

export const EMAIL_TEMPLATES: EmailTemplate[] = Object.entries(TEXTS).flatMap(([kind, byLanguage]) =>
  Object.entries(byLanguage).map(([language, text]) =>
    toTemplate(kind as TemplateKind, language as Language, text),
  ),
);
