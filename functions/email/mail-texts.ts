import type { FollowUpStep } from "#domain/follow-up";
import type { Language } from "#domain/language";

/**
 * The wording of every case e-mail, per language. Placeholders are SES (Handlebars) syntax,
 * filled from our own data (see templates.ts for the fields); a `{ written }` paragraph is text
 * a person wrote, which written-text.ts escapes. The zh-CN follow-up is the handbook's sample.
 */

/** A paragraph of someone's own words, by the name of its template-data field. */
export interface WrittenParagraph {
  written: string;
}

export type Paragraph = string | WrittenParagraph;

/** One e-mail's own text: its heading and the paragraphs between the greeting and the link. */
export interface MailText {
  title: string;
  paragraphs: Paragraph[];
}

/** What every case e-mail in a language says around its own text. */
export interface MailFrame {
  subject: string;
  /** The header band of the HTML part. */
  brand: string;
  greeting: { named: (name: string) => string; neutral: string };
  caseLink: { lead: string; button: string; fallback: string };
  closing: string;
  signature: string;
  /** The HTML part's small print. */
  footer: string;
}

/** The support reply's own text, in the reply e-mail. */
export const REPLY_BODY = { written: "replyBody" } as const satisfies WrittenParagraph;

export const MAIL_FRAMES: Record<Language, MailFrame> = {
  en: {
    subject: "{{vendorName}} support case {{caseNumber}}",
    brand: "{{vendorName}} Support",
    greeting: { named: (name) => `Dear ${name},`, neutral: "Hello," },
    caseLink: {
      lead: "You can read the whole case and answer it on its page in the portal:",
      button: "View case #{{caseNumber}}",
      fallback: "If the button does not work, copy this address into your browser:",
    },
    closing: "We look forward to your reply. Thank you!",
    signature: "The {{vendorName}} support team",
    footer: "This e-mail is about support case #{{caseNumber}}. Reply to it to answer the case.",
  },
  "zh-CN": {
    subject: "{{vendorName}} 支持案例 {{caseNumber}}",
    brand: "{{vendorName}} 客户服务中心",
    greeting: { named: (name) => `尊敬的${name}：您好！`, neutral: "尊敬的 {{vendorName}} 客户：您好！" },
    caseLink: {
      lead: "您可以在客户门户的案例页面上查看整个案例并进行答复：",
      button: "查看案例 #{{caseNumber}}",
      fallback: "如果按钮无法使用，请将此地址复制到浏览器中：",
    },
    closing: "我们期待着您的回复。谢谢！",
    signature: "{{vendorName}} 客户服务中心",
    footer: "此电子邮件与支持案例 #{{caseNumber}} 有关。直接回复此电子邮件即可答复该案例。",
  },
};

export const REPLY_TEXTS: Record<Language, MailText> = {
  en: {
    title: "Our answer to your support case #{{caseNumber}}",
    paragraphs: [
      "Our support team has answered your support case #{{caseNumber}}:",
      REPLY_BODY,
      "If this solves the problem, just reply 'Resolved'. Otherwise reply and tell us more so we can keep helping.",
    ],
  },
  "zh-CN": {
    title: "我们对支持案例 #{{caseNumber}} 的答复",
    paragraphs: [
      "我们的技术支持团队已答复您的支持案例 #{{caseNumber}}：",
      REPLY_BODY,
      "如果问题已解决，请回复此电子邮件，只需输入“已解决”即可。如果问题仍然存在，也请回复并加以说明，以便我们能够继续为您提供快捷的帮助。",
    ],
  },
};

/** DOMAIN.md section 5: what each follow-up says, in substance. */
const FOLLOW_UP_BODY: Record<Language, string[]> = {
  en: [
    "We are following up on your support case #{{caseNumber}}. Our reply to your original question was sent on {{replyDate}}.",
    "Please tell us whether the problem is solved. If it is fully solved and you are satisfied, just reply 'Resolved'.",
    "If the problem remains or you are not satisfied, reply and explain so we can keep helping.",
  ],
  "zh-CN": [
    "我们正对您最近提交的 {{vendorName}} 支持案例 #{{caseNumber}} 进行后续跟踪。对您最初问题的回复已于 {{replyDate}}发送给您。我们想要确认您的故障/问题是否已经获得解决。如果已完全解决您的问题，并且您非常满意，请回复此电子邮件，只需输入“已解决”即可。",
    "如果您仍存在相同的问题或还有不满意的地方，也请回复此电子邮件并加以说明，以便我们能够继续为您提供快捷的帮助。",
  ],
};

/** Which follow-up it is, in its heading; the last one also says the case closes now. */
const FOLLOW_UP_ORDINALS: Record<Language, Record<FollowUpStep, { title: string; notice?: string }>> = {
  en: {
    1: { title: "First follow-up on your support case #{{caseNumber}}" },
    2: { title: "Second follow-up on your support case #{{caseNumber}}" },
    3: {
      title: "Third and last follow-up on your support case #{{caseNumber}}",
      notice:
        "This is our last follow-up, so we are now closing the case as unanswered. A reply from you, by e-mail or on the case page, reopens it at any time.",
    },
  },
  "zh-CN": {
    1: { title: "支持案例 #{{caseNumber}} 的第一封后续跟踪邮件" },
    2: { title: "支持案例 #{{caseNumber}} 的第二封后续跟踪邮件" },
    3: {
      title: "支持案例 #{{caseNumber}} 的第三封也是最后一封后续跟踪邮件",
      notice:
        "这是最后一封后续跟踪邮件，我们现在将此案例作为未获答复的案例关闭。您随时可以回复此电子邮件或在案例页面上留言，重新打开此案例。",
    },
  },
};

export function followUpText(language: Language, step: FollowUpStep): MailText {
  const { title, notice } = FOLLOW_UP_ORDINALS[language][step];
  return { title, paragraphs: [...FOLLOW_UP_BODY[language], ...(notice ? [notice] : [])] };
}

/** The follow-up of executions started before follow-ups were numbered (see templates.ts). */
export const UNNUMBERED_FOLLOW_UP_TITLES: Record<Language, string> = {
  en: "Following up on your support case #{{caseNumber}}",
  "zh-CN": "支持案例 #{{caseNumber}} 的后续跟踪",
};

export const unnumberedFollowUpText = (language: Language): MailText => ({
  title: UNNUMBERED_FOLLOW_UP_TITLES[language],
  paragraphs: FOLLOW_UP_BODY[language],
});
