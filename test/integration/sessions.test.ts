import { describe, expect, it } from "vitest";
import {
  codeMailedTo,
  refreshSession,
  STRONG_PASSWORD,
  sessionOf,
  signedUpCustomer,
  signIn,
} from "../support/accounts";
import { api } from "../support/local";

describe("signing in", () => {
  it("answers with a 15-minute ID token and a refresh token, never an access token", async () => {
    const account = await signedUpCustomer();
    const session = await signIn(account.email, STRONG_PASSWORD);
    const refreshed = await refreshSession(String(session.body.refreshToken));

    for (const answer of [session, refreshed]) {
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body).sort()).toEqual(
        answer === session
          ? ["expiresIn", "idToken", "refreshToken", "tokenType"]
          : ["expiresIn", "idToken", "tokenType"],
      );
      expect(answer.body.expiresIn).toBeGreaterThan(15 * 60 - 30);
      expect(answer.body.expiresIn).toBeLessThanOrEqual(15 * 60);
    }
    expect((await api("GET", "/me", { token: String(refreshed.body.idToken) })).status).toBe(200);
  });

  it("gives the same answer for an unknown address and a wrong password", async () => {
    const account = await signedUpCustomer();
    const wrongPassword = await signIn(account.email, "Wrong#Password2026");
    const unknown = await signIn(`nobody-${Date.now()}@example.com`, STRONG_PASSWORD);

    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.contentType).toBe("application/problem+json");
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrongPassword.body);
  });
});

describe("signing out", () => {
  it("revokes every refresh token of the caller, from every device; signing in again works", async () => {
    const account = await signedUpCustomer();
    const laptop = await sessionOf(account.email);
    const phone = await sessionOf(account.email);
    const bystander = await sessionOf((await signedUpCustomer()).email);

    expect((await api("POST", "/sessions/sign-out", { token: laptop.idToken })).status).toBe(204);

    for (const { refreshToken } of [laptop, phone]) {
      const refused = await refreshSession(refreshToken);
      expect(refused.status).toBe(401);
      expect(refused.contentType).toBe("application/problem+json");
    }
    expect((await refreshSession(bystander.refreshToken)).status).toBe(200);
    expect((await refreshSession((await sessionOf(account.email)).refreshToken)).status).toBe(200);
    // Signing out twice is as good as once.
    expect((await api("POST", "/sessions/sign-out", { token: laptop.idToken })).status).toBe(204);
  });

  it("needs the caller's ID token: nobody signs out someone else", async () => {
    const answer = await api("POST", "/sessions/sign-out");
    expect(answer.status).toBe(401);
  });
});

describe("a password reset", () => {
  it("ends every session begun with the old password", async () => {
    const account = await signedUpCustomer();
    const before = [await sessionOf(account.email), await sessionOf(account.email)];
    const newPassword = "Another#Secret2027";

    await api("POST", "/accounts/password-reset", { json: { email: account.email } });
    const code = await codeMailedTo(account.email, /password reset code/);
    const reset = await api("POST", "/accounts/password-reset/confirm", {
      json: { email: account.email, code, password: newPassword, passwordConfirmation: newPassword },
    });
    expect(reset.status).toBe(204);

    for (const { refreshToken } of before) expect((await refreshSession(refreshToken)).status).toBe(401);
    expect((await refreshSession((await sessionOf(account.email, newPassword)).refreshToken)).status).toBe(
      200,
    );
  });
});
