import { describe, expect, it } from "vitest";
import { PRIVACY_STATEMENT } from "#domain/privacy";
import {
  codeMailedTo,
  mailCount,
  newSignUp,
  STRONG_PASSWORD,
  signedUpCustomer,
  signIn,
} from "../support/accounts";
import { api, newUser, VALID_CASE } from "../support/local";

function expectProblem(
  answer: { status: number; contentType: string; body: Record<string, unknown> },
  status: number,
) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toBe("application/problem+json");
}

function fieldsNamed(body: Record<string, unknown>): string[] {
  return ((body.errors as { field: string }[] | undefined) ?? []).map((e) => e.field);
}

describe("signing up", () => {
  it("needs a confirmed e-mail before sign-in, then shows the profile with the recorded consent", async () => {
    const account = newSignUp({ email: `Mei.${Date.now()}@Example.com`, country: "cn" });
    const email = account.email.toLowerCase();

    const signedUp = await api("POST", "/accounts", { json: account });
    expect(signedUp.status).toBe(202);
    const unconfirmed = await signIn(email, STRONG_PASSWORD);
    expectProblem(unconfirmed, 403);
    expect(unconfirmed.body.type).toMatch(/account-not-confirmed$/);

    const code = await codeMailedTo(email, /confirmation code/);
    expect((await api("POST", "/accounts/confirm", { json: { email, code } })).status).toBe(200);
    const session = await signIn(email, STRONG_PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ tokenType: "Bearer", expiresIn: expect.any(Number) });

    const me = await api("GET", "/me", { token: String(session.body.idToken) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email,
      firstName: "Mei",
      lastName: "Lin",
      country: "CN",
      language: "en",
      groups: ["customer"],
      privacyConsent: { version: PRIVACY_STATEMENT.version, acceptedAt: expect.any(String) },
    });
  });

  it("keeps the language the person signed up in for our e-mails, English when none is given", async () => {
    const chinese = await signedUpCustomer({ language: "zh-CN" });
    const session = await signIn(chinese.email, STRONG_PASSWORD);
    const me = await api("GET", "/me", { token: String(session.body.idToken) });
    expect(me.body.language).toBe("zh-CN");
    const refused = await api("POST", "/accounts", { json: newSignUp({ language: "fr" }) });
    expectProblem(refused, 400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "language" })]);
  });

  it("refuses a wrong confirmation code and accepts a resent one", async () => {
    const account = newSignUp();
    await api("POST", "/accounts", { json: account });
    const first = await codeMailedTo(account.email, /confirmation code/);
    const wrong = first === "000000" ? "111111" : "000000";

    expectProblem(
      await api("POST", "/accounts/confirm", { json: { email: account.email, code: wrong } }),
      400,
    );
    expect((await api("POST", "/accounts/confirm/resend", { json: { email: account.email } })).status).toBe(
      202,
    );
    const second = await codeMailedTo(account.email, /confirmation code/, 1);
    expect(
      (await api("POST", "/accounts/confirm", { json: { email: account.email, code: second } })).status,
    ).toBe(200);
  });

  it("answers an address that already has an account exactly like a new one", async () => {
    const existing = await signedUpCustomer();
    const again = await api("POST", "/accounts", { json: newSignUp({ email: existing.email }) });
    const fresh = await api("POST", "/accounts", { json: newSignUp() });

    expect(again.status).toBe(fresh.status);
    expect(again.body).toEqual(fresh.body);
  });

  const badFields: [string, Record<string, unknown>, string][] = [
    ["a missing first name", { firstName: undefined }, "firstName"],
    ["an empty last name", { lastName: " " }, "lastName"],
    ["a malformed e-mail", { email: "mei-at-example.com" }, "email"],
    ["a missing e-mail", { email: undefined }, "email"],
    ["an unknown country", { country: "XX" }, "country"],
    ["a country that is not a code", { country: "China" }, "country"],
    ["a short password", { password: "Ab1!", passwordConfirmation: "Ab1!" }, "password"],
    [
      "a password without a symbol",
      { password: "Abcdefgh1234", passwordConfirmation: "Abcdefgh1234" },
      "password",
    ],
    ["passwords that differ", { passwordConfirmation: `${STRONG_PASSWORD}x` }, "passwordConfirmation"],
    ["no consent", { acceptPrivacyStatement: undefined }, "acceptPrivacyStatement"],
    ["a refused consent", { acceptPrivacyStatement: false }, "acceptPrivacyStatement"],
  ];

  it.each(badFields)("400 for %s, naming the field, and no account is created", async (_, change, field) => {
    const account = newSignUp(change);
    const answer = await api("POST", "/accounts", { json: account });

    expectProblem(answer, 400);
    expect(fieldsNamed(answer.body)).toContain(field);
    if (typeof account.email === "string" && account.email.includes("@")) {
      expect(await mailCount(account.email, /confirmation code/)).toBe(0);
    }
  });

  it("names every missing field at once and states the password policy", async () => {
    const answer = await api("POST", "/accounts", { json: { password: "short" } });

    expectProblem(answer, 400);
    expect(fieldsNamed(answer.body)).toEqual(
      expect.arrayContaining([
        "firstName",
        "lastName",
        "email",
        "country",
        "password",
        "acceptPrivacyStatement",
      ]),
    );
    expect(JSON.stringify(answer.body)).toMatch(/at least 12 characters/);
  });
});

describe("forgotten password", () => {
  it("resets the password with the mailed code; the old one is refused afterwards", async () => {
    const account = await signedUpCustomer();
    const newPassword = "Another#Secret2027";

    expect((await api("POST", "/accounts/password-reset", { json: { email: account.email } })).status).toBe(
      202,
    );
    const code = await codeMailedTo(account.email, /password reset code/);
    const reset = await api("POST", "/accounts/password-reset/confirm", {
      json: { email: account.email, code, password: newPassword, passwordConfirmation: newPassword },
    });

    expect(reset.status).toBe(204);
    expectProblem(await signIn(account.email, STRONG_PASSWORD), 401);
    expect((await signIn(account.email, newPassword)).status).toBe(200);
  });

  it("answers an unknown address like a known one", async () => {
    const known = await signedUpCustomer();
    const a = await api("POST", "/accounts/password-reset", { json: { email: known.email } });
    const b = await api("POST", "/accounts/password-reset", {
      json: { email: `nobody-${Date.now()}@example.com` },
    });

    expect(b.status).toBe(a.status);
    expect(b.body).toEqual(a.body);
  });

  it("refuses a wrong code and a weak new password", async () => {
    const account = await signedUpCustomer();
    await api("POST", "/accounts/password-reset", { json: { email: account.email } });
    const code = await codeMailedTo(account.email, /password reset code/);
    const wrong = code === "000000" ? "111111" : "000000";

    expectProblem(
      await api("POST", "/accounts/password-reset/confirm", {
        json: {
          email: account.email,
          code: wrong,
          password: "Fresh#Password2027",
          passwordConfirmation: "Fresh#Password2027",
        },
      }),
      400,
    );
    const weak = await api("POST", "/accounts/password-reset/confirm", {
      json: { email: account.email, code, password: "weak", passwordConfirmation: "weak" },
    });
    expectProblem(weak, 400);
    expect(fieldsNamed(weak.body)).toContain("password");
    expect((await signIn(account.email, STRONG_PASSWORD)).status).toBe(200);
  });
});

describe("the profile", () => {
  it("changes name, country, language, company and phone, but never the caller's groups", async () => {
    const account = await signedUpCustomer();
    const token = String((await signIn(account.email, STRONG_PASSWORD)).body.idToken);

    const changed = await api("PATCH", "/me", {
      token,
      json: {
        lastName: "Lin-Wang",
        country: "de",
        language: "zh-CN",
        company: "Acme GmbH",
        phone: "+49 30 1234567",
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      lastName: "Lin-Wang",
      country: "DE",
      language: "zh-CN",
      company: "Acme GmbH",
    });

    const raise = await api("PATCH", "/me", { token, json: { groups: ["admin"] } });
    expectProblem(raise, 400);
    expectProblem(await api("PATCH", "/me", { token, json: {} }), 400);
    expect((await api("GET", "/me", { token })).body.groups).toEqual(["customer"]);
  });

  it("uses the profile's language for a case opened without one", async () => {
    const account = await signedUpCustomer();
    const token = String((await signIn(account.email, STRONG_PASSWORD)).body.idToken);
    await api("PATCH", "/me", { token, json: { language: "zh-CN" } });

    const { language: _omitted, ...withoutLanguage } = VALID_CASE;
    const opened = await api("POST", "/cases", { token, json: withoutLanguage });
    const chosen = await api("POST", "/cases", { token, json: VALID_CASE });

    expect(opened.body.language).toBe("zh-CN");
    expect(chosen.body.language).toBe("en");
  });
});

describe("staff accounts", () => {
  it("an admin creates an agent, who sets a password at the first sign-in and can then answer cases", async () => {
    const admin = await newUser(["admin"]);
    const email = `agent-${Date.now()}@example.com`;

    const created = await api("POST", "/admin/agents", {
      user: admin,
      json: { email, firstName: "Sam", lastName: "Su" },
    });
    expect(created.status).toBe(201);
    const temporary = await codeMailedTo(email, /temporary password/);
    const challenge = await signIn(email, temporary);
    expect(challenge.body).toMatchObject({ challenge: "NEW_PASSWORD_REQUIRED", session: expect.any(String) });

    const password = "Agent#Password2026";
    const session = await api("POST", "/sessions/new-password", {
      json: { email, session: challenge.body.session, password, passwordConfirmation: password },
    });
    expect(session.status).toBe(200);
    const me = await api("GET", "/me", { token: String(session.body.idToken) });
    expect(me.body).toMatchObject({ email, firstName: "Sam", groups: ["agent"] });
  });

  it("refuses agent creation by a customer or an agent, and a second account for one address", async () => {
    const [customer, agent, admin] = await Promise.all([
      newUser(["customer"]),
      newUser(["agent"]),
      newUser(["admin"]),
    ]);
    const body = { email: `agent-${Date.now()}@example.com`, firstName: "Sam", lastName: "Su" };

    expectProblem(await api("POST", "/admin/agents", { user: customer, json: body }), 403);
    expectProblem(await api("POST", "/admin/agents", { user: agent, json: body }), 403);
    expect((await api("POST", "/admin/agents", { user: admin, json: body })).status).toBe(201);
    expectProblem(await api("POST", "/admin/agents", { user: admin, json: body }), 409);
  });
});
