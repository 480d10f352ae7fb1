import { FOLLOW_UP_STEPS, type FollowUpStep } from "#domain/follow-up";
import { LANGUAGES, type Language } from "#domain/language";
import { htmlPart, type MailParts, textPart } from "./mail-layout";
import { followUpText, MAIL_FRAMES, REPLY_TEXTS, unnumberedFollowUpText } from "./mail-texts";
import { releaseNoticeHtml, releaseNoticeSubject, releaseNoticeText } from "./release-notice-mail";

export { REPLY_BODY } from "./mail-texts";

/**
 * Every e-mail the support center sends, in every language: the single source for the SES
 * templates that CDK deploys and the local stack creates. Placeholders are SES (Handlebars)
 * syntax; `TemplateData` supplies them (see follow-up/execution-input.ts): vendorName,
 * caseNumber, replyDate and caseUrl from our own data; customerName and replyBody, which people
 * wrote, as written-text.ts hands them over (each part takes its own form).
 */
export interface EmailTemplate {
  name: string;
  subject: string;
  text: string;
  html: string;
}

/** The reply, then one template per follow-up: which follow-up it is shows in its name. */
export function replyTemplateName(language: Language): string {
  return `case-reply-${language}`;
}

export function followUpTemplateName(step: FollowUpStep, language: Language): string {
  return `case-follow-up-${step}-${language}`;
}

/** The notice of a new release to an owner who opted in (issue 15). */
export function releaseNoticeTemplateName(language: Language): string {
  return `release-notice-${language}`;
}

function template(name: string, parts: MailParts): EmailTemplate {
  return { name, subject: parts.frame.subject, text: textPart(parts), html: htmlPart(parts) };
}

function templatesIn(language: Language): EmailTemplate[] {
  const frame = MAIL_FRAMES[language];
  const mail = (text: MailParts["text"], oldData = false) => ({ language, frame, text, oldData });
  return [
    template(replyTemplateName(language), mail(REPLY_TEXTS[language])),
    ...FOLLOW_UP_STEPS.map((step) =>
      template(followUpTemplateName(step, language), mail(followUpText(language, step))),
    ),
    // The follow-up as it was before follow-ups were numbered, still named by executions started
    // before that release (an execution keeps its definition and input for its ten days). Their
    // data has no name and no case link: it greets neutrally and links nowhere. Remove it ten days
    // after that release is deployed everywhere.
    template(`case-follow-up-${language}`, mail(unnumberedFollowUpText(language), true)),
    {
      name: releaseNoticeTemplateName(language),
      subject: releaseNoticeSubject(language),
      text: releaseNoticeText(language),
      html: releaseNoticeHtml(language),
    },
  ];
}

export const EMAIL_TEMPLATES: EmailTemplate[] = LANGUAGES.flatMap(templatesIn);
