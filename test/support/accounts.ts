import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createConfirmedUser } from "#infra/local/demo-data";
import type { Group } from "#shared/caller";
import { eventually } from "./eventually";
import { api, mailsTo, stack, type TestUser } from "./local";

export const STRONG_PASSWORD = "Backup#Restore2026";

export function newSignUp(overrides: Record<string, unknown> = {}) {
  return {
    firstName: "Mei",
    lastName: "Lin",
    email: `mei-${randomUUID().slice(0, 8)}@example.com`,
    country: "CN",
    password: STRONG_PASSWORD,
    passwordConfirmation: STRONG_PASSWORD,
    acceptPrivacyStatement: true,
    ...overrides,
  };
}

/** The newest code mailed to `email` whose subject mentions `about` (local Cognito mails them via SES). */
export function codeMailedTo(email: string, about: RegExp, after = 0): Promise<string> {
  return eventually(`a code for ${email}`, async () => {
    const mails = (await mailsTo(email)).filter((m) => about.test(m.subject));
    if (mails.length <= after) return undefined;
    return /(\S+)$/.exec(mails.at(-1)?.body.text?.trim() ?? "")?.[1];
  });
}

export async function mailCount(email: string, about: RegExp): Promise<number> {
  return (await mailsTo(email)).filter((m) => about.test(m.subject)).length;
}

/** Sign-up and confirmation through the API, as a new customer does it. */
export async function signedUpCustomer(overrides: Record<string, unknown> = {}) {
  const account = newSignUp(overrides);
  expect((await api("POST", "/accounts", { json: account })).status).toBe(202);
  const code = await codeMailedTo(account.email, /confirmation code/);
  expect((await api("POST", "/accounts/confirm", { json: { email: account.email, code } })).status).toBe(200);
  return account;
}

export async function signIn(email: string, password: string) {
  return api("POST", "/sessions", { json: { email, password } });
}

/** A real, confirmed Cognito user in `groups` (named "Test User" unless told), signed in through the API. */
export async function realUser(
  groups: Group[],
  name: { firstName: string; lastName: string } = { firstName: "Test", lastName: "User" },
): Promise<TestUser> {
  const email = `${groups[0]}-${randomUUID().slice(0, 8)}@example.com`;
  await createConfirmedUser(stack, { email, password: STRONG_PASSWORD, ...name, groups });
  const session = await signIn(email, STRONG_PASSWORD);
  const token = String(session.body.idToken);
  const { sub } = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    sub: string;
  };
  return { id: sub, email, token };
}

/** A signed-in session of a customer signed up through the API: its ID token and refresh token. */
export async function sessionOf(email: string, password = STRONG_PASSWORD) {
  const session = await signIn(email, password);
  expect(session.status).toBe(200);
  return { idToken: String(session.body.idToken), refreshToken: String(session.body.refreshToken) };
}

export function refreshSession(refreshToken: string) {
  return api("POST", "/sessions/refresh", { json: { refreshToken } });
}
