import { describe, expect, it } from "vitest";
import { codeMailedTo, newSignUp, STRONG_PASSWORD, signedUpCustomer } from "../support/accounts";
import { expectAccessible, openPortal, screenshot, tabTo, typeInto, useBrowser } from "../support/browser";
import { eventually } from "../support/eventually";
import { api, mailsTo } from "../support/local";

const browser = useBrowser();

function newEmail(): string {
  return `web-${crypto.randomUUID().slice(0, 8)}@example.com`;
}

/** The one-click link of the confirmation mail, as the local mail viewer holds it. */
function confirmationLink(email: string): Promise<string> {
  return eventually(`the confirmation link for ${email}`, async () => {
    const mail = (await mailsTo(email)).find((m) => /confirmation code/.test(m.subject));
    return /href="([^"]+)"/.exec(mail?.body.html ?? "")?.[1]?.replaceAll("&amp;", "&");
  });
}

function latestCode(email: string, about: RegExp): Promise<string> {
  return eventually(`a code for ${email}`, async () => {
    const mail = (await mailsTo(email)).filter((m) => about.test(m.subject)).at(-1);
    return /(\d{6})\s*$/.exec(mail?.body.text ?? "")?.[1];
  });
}

describe("the customer portal's account pages", { timeout: 90_000 }, () => {
  it("resets a forgotten password with the mailed code, the policy shown as the new one is typed", async () => {
    const account = await signedUpCustomer();
    const { page, context, errors } = await openPortal(browser(), "/sign-in");
    await page.getByRole("link", { name: "Forgot your details?" }).click();
    await page.getByRole("heading", { name: "Reset your password" }).waitFor();
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByLabel("Code from the e-mail").waitFor();
    await page
      .getByLabel("Code from the e-mail")
      .fill(await codeMailedTo(account.email, /password reset code/));
    const newPassword = `${STRONG_PASSWORD}!x`;
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await expect.poll(() => page.locator("#password-policy li.unmet").count()).toBe(0);
    await page.getByLabel("Confirm new password").fill(newPassword);
    await screenshot(page, "forgot-password");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.").waitFor();
    await context.close();
    expect(errors).toEqual([]);
    expect(
      (await api("POST", "/sessions", { json: { email: account.email, password: newPassword } })).status,
    ).toBe(200);
  });

  it("signs up with the live password policy, shows the API's field errors, confirms by the mail's link and signs in", async () => {
    const { page, context, errors } = await openPortal(browser(), "/sign-up");
    const email = newEmail();
    await page.getByLabel("First name").fill("Mei");
    await page.getByLabel("Last name").fill("Lin");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Country or region").selectOption("CN");
    await page.getByLabel("Password", { exact: true }).fill("short");
    const policy = page.locator("#password-policy");
    await expect.poll(() => policy.locator("li.met").count()).toBe(1);
    await page.getByLabel("Confirm password").fill("short");
    await page.getByLabel("I accept the privacy statement").check();
    await screenshot(page, "sign-up-typing");
    await expectAccessible(page);

    // Prepare a weak password: the API's validation error lands next to the password field.
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.locator("#password-error").textContent()).toMatch(/\S/);
    expect(await page.getByLabel("Password", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "sign-up-field-errors");
    await expectAccessible(page);

    await page.getByLabel("Password", { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel("Confirm password").fill(STRONG_PASSWORD);
    await expect.poll(() => policy.locator("li.unmet").count()).toBe(0);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "You are registered: check your e-mail" }).waitFor();
    expect(await page.textContent("main")).toContain(email);
    await screenshot(page, "sign-up-check-email");
    await expectAccessible(page);

    await page.goto(await confirmationLink(email));
    await page.getByText("Your account is confirmed.").waitFor();
    await screenshot(page, "confirm-by-link");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sign in now" }).click();

    expect(await page.getByLabel("E-mail").inputValue()).toBe(email);
    await page.getByLabel("Password").fill(STRONG_PASSWORD);
    await screenshot(page, "sign-in");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: /My account|我的账户/ }).waitFor();
    await page.getByText(/Mei/).first().waitFor();
    await screenshot(page, "account");
    await expectAccessible(page);
    await page.getByRole("button", { name: /Sign out|退出登录/ }).click();
    await page.getByRole("heading", { name: /Sign in|登录/ }).waitFor();
    await context.close();
    expect(errors).toEqual([]);
  });

  it("in zh-CN, keyboard only: an unconfirmed sign-in leads to the code form, then the account page, switched to Chinese, keeps it in the profile", async () => {
    const account = newSignUp({ email: newEmail() });
    expect((await api("POST", "/accounts", { json: account })).status).toBe(202);
    const { page, context, errors } = await openPortal(browser(), "/sign-in", {
      locale: "zh-CN",
      timeZone: "Asia/Shanghai",
    });
    await page.getByRole("heading", { name: "登录" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await typeInto(page, page.getByLabel("电子邮件"), account.email);
    await typeInto(page, page.getByLabel("密码"), STRONG_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: "该账户尚未确认。" }).waitFor();
    await screenshot(page, "zh-CN-sign-in-unconfirmed");
    await expectAccessible(page);

    await tabTo(page, page.getByRole("link", { name: "立即确认" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "确认您的电子邮件地址" }).waitFor();
    expect(await page.getByLabel("电子邮件").inputValue()).toBe(account.email);
    await typeInto(page, page.getByLabel("验证码"), await latestCode(account.email, /confirmation code/));
    await screenshot(page, "zh-CN-confirm-code");
    await expectAccessible(page);
    await page.keyboard.press("Enter");
    await page.getByText("您的账户已确认。").waitFor();

    await tabTo(page, page.getByRole("link", { name: "立即登录" }));
    await page.keyboard.press("Enter");
    await typeInto(page, page.getByLabel("密码"), STRONG_PASSWORD);
    await page.keyboard.press("Enter");
    // The profile's language wins once the user is known: signed up through the API without one, English.
    await page.getByRole("heading", { name: "My account" }).waitFor();
    await tabTo(page, page.getByRole("button", { name: /简体中文/ }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "我的账户" }).waitFor();
    await expect.poll(() => page.textContent("main")).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await expect.poll(() => page.textContent("main")).toContain("简体中文");
    await screenshot(page, "zh-CN-account");
    await expectAccessible(page);
    // The switch is the profile's now: a new visit opens in Chinese.
    await page.reload();
    await page.getByRole("heading", { name: "我的账户" }).waitFor();
    await expect.poll(() => page.textContent("main")).toContain("简体中文");
    await context.close();
    expect(errors).toEqual([]);
  });
});
