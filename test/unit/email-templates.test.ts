import { compileTemplateParts } from "aws-ses-v2-local/dist/v2/renderTemplate.js";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_STEPS, type FollowUpStep } from "#domain/follow-up";
import { LANGUAGES, type Language } from "#domain/language";
import { type CustomerName, greetingName } from "#email/greeting-name";
import { EMAIL_TEMPLATES, followUpTemplateName, replyTemplateName } from "#email/templates";
import { writtenTextAsHtml, writtenTextData } from "#email/written-text";
import { casePageUrl, followUpExecution } from "#follow-up/execution-input";

/** Placeholders filled from our own configuration or data, never from what a person typed. */
const SYSTEM_FIELDS = [
  "vendorName",
  "caseNumber",
  "replyDate",
  "caseUrl",
  // Release notices: the version and build as validated, size and date formatted by us, our URLs.
  "version",
  "build",
  "size",
  "releasedOn",
  "downloadsUrl",
  "unsubscribeUrl",
];

const CASE_URL = "https://support.example.com/portal/cases/00000042";

/** What a customer reads in each language: greetings, which follow-up it is, the closing. */
const EXPECTED = {
  en: {
    named: "Dear Ana,",
    neutral: "Hello,",
    ordinals: ["First follow-up", "Second follow-up", "Third and last follow-up"],
    closing: "We look forward to your reply. Thank you!",
  },
  "zh-CN": {
    named: "尊敬的王小明：您好！",
    neutral: "尊敬的 Acme Backup 客户：您好！",
    ordinals: ["第一封后续跟踪邮件", "第二封后续跟踪邮件", "第三封也是最后一封后续跟踪邮件"],
    closing: "我们期待着您的回复。谢谢！",
  },
} satisfies Record<Language, unknown>;

const NAMES: Record<Language, CustomerName> = {
  en: { firstName: "Ana", lastName: "Iyengar" },
  "zh-CN": { firstName: "小明", lastName: "王" },
};

/** The template data the stream consumer hands the state machine, for one reply. */
function templateData(language: Language, customerName?: CustomerName, message = "Update to build 4711.") {
  const { input } = followUpExecution(
    {
      caseNumber: "00000042",
      replyId: "1",
      at: "2026-11-25T08:00:00.000Z",
      customerEmail: "c@example.com",
      language,
      message,
      ...(customerName ? { customerName } : {}),
    },
    {
      vendorName: "Acme Backup",
      timeZone: "Asia/Shanghai",
      replyAddress: () => "case+00000042.t@reply.example",
      caseUrl: (caseNumber) => casePageUrl("https://support.example.com/portal/", caseNumber),
    },
  );
  return { reply: JSON.parse(input.email.replyData), followUp: JSON.parse(input.email.followUpData) };
}

/** Rendered as the local SES renders (its own Handlebars), strictly: a field the data lacks throws, as SES fails. */
function render(name: string, data: Record<string, unknown>) {
  const template = EMAIL_TEMPLATES.find((t) => t.name === name);
  if (!template) throw new Error(`no template ${name}`);
  const parts = { Subject: template.subject, Text: template.text, Html: template.html };
  return compileTemplateParts(parts, { strict: true })(data);
}

const mailsOf = (language: Language, customerName?: CustomerName) => {
  const data = templateData(language, customerName);
  return [
    { step: undefined, mail: render(replyTemplateName(language), data.reply) },
    ...FOLLOW_UP_STEPS.map((step: FollowUpStep) => ({
      step,
      mail: render(followUpTemplateName(step, language), data.followUp),
    })),
  ];
};

describe("written text in e-mails", () => {
  it("escapes markup and keeps line breaks as <br> in HTML", () => {
    const html = writtenTextAsHtml(
      `<script>alert("x")</script>\r\nSee <a href='https://evil.example'>this</a> & more\nbye`,
    );

    expect(html).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>\n" +
        "See &lt;a href=&#39;https://evil.example&#39;&gt;this&lt;/a&gt; &amp; more<br>\nbye",
    );
  });

  it("hands a template both forms: verbatim for the text part, escaped for the HTML part", () => {
    expect(writtenTextData("replyBody", "a < b\nc")).toEqual({
      replyBody: "a < b\nc",
      replyBodyHtml: "a &lt; b<br>\nc",
    });
  });

  it("no template takes anything but system fields through double braces, and HTML only escaped text", () => {
    for (const template of EMAIL_TEMPLATES) {
      for (const part of [template.subject, template.text, template.html]) {
        const escapedByHandlebars = [...part.matchAll(/(?<!\{)\{\{(\w+)\}\}(?!\})/g)]
          .map((m) => m[1])
          .filter((field) => field !== "else");
        expect(SYSTEM_FIELDS).toEqual(expect.arrayContaining(escapedByHandlebars));
      }
      const raw = [...template.html.matchAll(/\{\{\{(\w+)\}\}\}/g)].map((m) => m[1] ?? "");
      for (const field of raw) expect(field).toMatch(/Html$/);
    }
  });
});

describe("whom a case e-mail greets", () => {
  it.each<[CustomerName | undefined, Language, string | undefined]>([
    [{ firstName: "Ana", lastName: "Iyengar" }, "en", "Ana"],
    [{ firstName: "小明", lastName: "王" }, "zh-CN", "王小明"],
    [{ firstName: "Ana", lastName: "Iyengar" }, "zh-CN", "Ana Iyengar"],
    [{ firstName: " Ana " }, "zh-CN", "Ana"],
    [{ firstName: "  ", lastName: "Iyengar" }, "en", undefined],
    [undefined, "en", undefined],
  ])("%j in %s: %j", (name, language, expected) => {
    expect(greetingName(name, language)).toBe(expected);
  });
});

describe.each(LANGUAGES)("the case e-mails in %s, rendered as SES renders them", (language) => {
  const expected = EXPECTED[language];

  it("greet the customer by name, link to the case page and close as the handbook does", () => {
    for (const { mail } of mailsOf(language, NAMES[language])) {
      expect(mail.subject).toMatch(/Acme Backup .*00000042/);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain(expected.named);
        expect(part).toContain(expected.closing);
        expect(part).toContain(CASE_URL);
      }
      expect(mail.html).toContain(`href="${CASE_URL}"`);
    }
  });

  it("say which follow-up each one is, the third that it is the last", () => {
    const mails = mailsOf(language, NAMES[language]);
    for (const { step, mail } of mails) {
      const named = expected.ordinals.filter((ordinal) => mail.text.includes(ordinal));
      // "Third and last" contains no other ordinal, and each follow-up names only its own.
      expect(named).toEqual(step ? [expected.ordinals[step - 1]] : []);
      if (step) expect(mail.html).toContain(expected.ordinals[step - 1]);
    }
  });

  it("greet neutrally when the customer has no name", () => {
    for (const { mail } of mailsOf(language)) {
      expect(mail.text).toContain(expected.neutral);
      expect(mail.html).toContain(expected.neutral);
      expect(mail.text).not.toContain(expected.named);
    }
  });

  it("show a name and a reply with markup literally in HTML and verbatim in text", () => {
    const hostileName = { firstName: `<b onmouseover="x()">Ann</b> & Co` };
    const data = templateData(language, hostileName, "<script>alert(1)</script>").reply;

    const mail = render(replyTemplateName(language), data);

    expect(mail.text).toContain(`<b onmouseover="x()">Ann</b> & Co`);
    expect(mail.text).toContain("<script>alert(1)</script>");
    expect(mail.html).toContain("&lt;b onmouseover=&quot;x()&quot;&gt;Ann&lt;/b&gt; &amp; Co");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).not.toMatch(/<script|<b /);
  });

  it("lay out the HTML as mail clients render it: tables, inline styles, 600 pixels, nothing fetched", () => {
    for (const { mail } of mailsOf(language, NAMES[language])) {
      expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="(en|zh-CN)">/);
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).toContain("max-width:600px");
      expect(mail.html).toContain('<table role="presentation" width="600"'); // Outlook's fixed width
      // No stylesheet, class, image, web font or script: nothing a client strips or blocks.
      expect(mail.html).not.toMatch(/<style|<link|<img|<script|class=|url\(|@import|src=/i);
      const links = [...mail.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(links)).toEqual(new Set([CASE_URL]));
      // The text part is plain: no markup, no entities.
      expect(mail.text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i);
    }
  });
});

describe("the handbook's sample follow-up", () => {
  it("is the zh-CN follow-up's wording", () => {
    const mail = render(followUpTemplateName(1, "zh-CN"), templateData("zh-CN").followUp);

    expect(mail.text).toContain(
      "我们正对您最近提交的 Acme Backup 支持案例 #00000042 进行后续跟踪。对您最初问题的回复已于 2026年11月25日发送给您。",
    );
    expect(mail.text).toContain("如果您仍存在相同的问题或还有不满意的地方，也请回复此电子邮件并加以说明");
    expect(mail.text).toContain("我们期待着您的回复。谢谢！");
  });
});

describe("the unnumbered follow-up, for executions started before follow-ups were numbered", () => {
  it.each(LANGUAGES)("renders from their data, which has no name and no link (%s)", (language) => {
    const oldData = { vendorName: "Acme Backup", caseNumber: "00000042", replyDate: "25 November 2026" };

    const mail = render(`case-follow-up-${language}`, oldData);

    expect(mail.text).toContain(EXPECTED[language].neutral);
    expect(mail.text).toContain(EXPECTED[language].closing);
    expect(mail.html).not.toContain("href=");
  });
});
