import { describe, expect, it } from "vitest";
import { EMAIL_TEMPLATES } from "#email/templates";
import { writtenTextAsHtml, writtenTextData } from "#email/written-text";

/** Placeholders filled from our own configuration or data, never from what a person typed. */
const SYSTEM_FIELDS = ["vendorName", "caseNumber", "replyDate"];

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
        const escapedByHandlebars = [...part.matchAll(/(?<!\{)\{\{(\w+)\}\}(?!\})/g)].map((m) => m[1]);
        expect(SYSTEM_FIELDS).toEqual(expect.arrayContaining(escapedByHandlebars));
      }
      const raw = [...template.html.matchAll(/\{\{\{(\w+)\}\}\}/g)].map((m) => m[1] ?? "");
      for (const field of raw) expect(field).toMatch(/Html$/);
    }
  });
});
