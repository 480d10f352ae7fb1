import { describe, expect, it } from "vitest";
import type { Language } from "#domain/language";
import { profileRepository } from "#repositories/profile-repository";
import { api, db, newUser, openCase, stack, type TestUser, waitForMails } from "../support/local";

const HOSTILE_REPLY = [
  "Please run the fix:",
  "<script>alert(document.cookie)</script>",
  '<a href="https://evil.example/login">sign in again</a> & tell us',
].join("\n");

const HOSTILE_NAME = { firstName: '<img src=x onerror="alert(1)">Ann', lastName: "<b>Lee</b> & Co" };

/** A customer whose profile has this name (as a confirmed sign-up leaves one). */
async function customerNamed(name: { firstName: string; lastName: string }): Promise<TestUser> {
  const user = await newUser(["customer"]);
  const now = new Date().toISOString();
  await profileRepository(db, stack.tableName).createIfMissing({
    userId: user.id,
    email: user.email,
    ...name,
    language: "en",
    createdAt: now,
    updatedAt: now,
  });
  return user;
}

async function replyMailOf(customer: TestUser, language: Language, message: string) {
  const agent = await newUser(["agent"]);
  const caseNumber = await openCase(customer, { language });
  const replied = await api("POST", `/cases/${caseNumber}/replies`, { user: agent, json: { message } });
  expect(replied.status).toBe(201);
  const [mail] = await waitForMails(customer.email, 1);
  return mail;
}

describe("an agent's reply in the reply e-mail", () => {
  it.each<Language>(["en", "zh-CN"])(
    "arrives escaped, line breaks kept, in the HTML part and verbatim in the text part (%s)",
    async (language) => {
      const mail = await replyMailOf(await newUser(["customer"]), language, HOSTILE_REPLY);

      expect(mail?.body.text).toContain(HOSTILE_REPLY);
      expect(mail?.body.html).toContain(
        "Please run the fix:<br>\n" +
          "&lt;script&gt;alert(document.cookie)&lt;/script&gt;<br>\n" +
          "&lt;a href=&quot;https://evil.example/login&quot;&gt;sign in again&lt;/a&gt; &amp; tell us",
      );
      expect(mail?.body.html).not.toMatch(/<script|<a href="https:\/\/evil/);
      expect(mail?.body.html).toContain(language === "en" ? "Our support team" : "我们的技术支持团队");
      // A customer without a profile is greeted neutrally.
      expect(mail?.body.text).toContain(language === "en" ? "Hello," : "尊敬的 Acme Backup 客户：您好！");
    },
  );
});

describe("the customer's name in case e-mails", () => {
  it.each<[Language, string]>([
    ["en", '<img src=x onerror="alert(1)">Ann'],
    ["zh-CN", '<img src=x onerror="alert(1)">Ann <b>Lee</b> & Co'],
  ])(
    "greets by the profile's name, shown literally in HTML and verbatim in text (%s)",
    async (language, name) => {
      const mail = await replyMailOf(await customerNamed(HOSTILE_NAME), language, "Try build 4711.");
      const greeting = (shown: string) => (language === "en" ? `Dear ${shown},` : `尊敬的${shown}：您好！`);

      expect(mail?.body.text).toContain(greeting(name));
      expect(mail?.body.html).toContain(
        greeting(
          name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
        ),
      );
      expect(mail?.body.html).not.toMatch(/<img|<b>/);
    },
  );
});
