import { describe, expect, it } from "vitest";
import type { Language } from "#domain/language";
import { api, newUser, openCase, waitForMails } from "../support/local";

const HOSTILE_REPLY = [
  "Please run the fix:",
  "<script>alert(document.cookie)</script>",
  '<a href="https://evil.example/login">sign in again</a> & tell us',
].join("\n");

describe("an agent's reply in the reply e-mail", () => {
  it.each<Language>(["en", "zh-CN"])(
    "arrives escaped, line breaks kept, in the HTML part and verbatim in the text part (%s)",
    async (language) => {
      const [customer, agent] = await Promise.all([newUser(["customer"]), newUser(["agent"])]);
      const caseNumber = await openCase(customer, { language });

      const replied = await api("POST", `/cases/${caseNumber}/replies`, {
        user: agent,
        json: { message: HOSTILE_REPLY },
      });
      expect(replied.status).toBe(201);
      const [mail] = await waitForMails(customer.email, 1);

      expect(mail?.body.text).toContain(HOSTILE_REPLY);
      expect(mail?.body.html).toContain(
        "Please run the fix:<br>\n" +
          "&lt;script&gt;alert(document.cookie)&lt;/script&gt;<br>\n" +
          "&lt;a href=&quot;https://evil.example/login&quot;&gt;sign in again&lt;/a&gt; &amp; tell us",
      );
      expect(mail?.body.html).not.toMatch(/<script|<a /);
      expect(mail?.body.html).toContain(language === "en" ? "Our support team" : "我们的技术支持团队");
    },
  );
});
