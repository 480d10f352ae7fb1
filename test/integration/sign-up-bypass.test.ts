import { createHmac } from "node:crypto";
import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { PRIVACY_STATEMENT } from "#domain/privacy";
import { LOCAL_AWS } from "#infra/local/aws";
import { keys } from "#repositories/keys";
import { codeMailedTo, newSignUp, STRONG_PASSWORD, signedUpCustomer, signIn } from "../support/accounts";
import { api, db, stack } from "../support/local";

/**
 * An attacker talks to Cognito directly with the app client's id (the `aud` of every token), past
 * the API's validation, throttles and sign-up records.
 */
const idp = new CognitoIdentityProviderClient({ ...LOCAL_AWS, endpoint: stack.cognitoUrl, maxAttempts: 1 });
const UserPoolId = stack.userPoolId;
const ClientId = stack.identity.audience;

afterAll(() => idp.destroy());

async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).name;
  }
  return "no error";
}

/** As if the client secret had leaked: what the table-side defence must still stop. */
async function leakedSecretHash(username: string): Promise<string> {
  const { UserPoolClient } = await idp.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId }));
  return createHmac("sha256", String(UserPoolClient?.ClientSecret))
    .update(username + ClientId)
    .digest("base64");
}

async function groupsOf(email: string): Promise<string[]> {
  const { Username } = await idp.send(new AdminGetUserCommand({ UserPoolId, Username: email }));
  const { Groups = [] } = await idp.send(new AdminListGroupsForUserCommand({ UserPoolId, Username }));
  return Groups.map((group) => String(group.GroupName));
}

const forgedAttributes = [
  { Name: "given_name", Value: "M".repeat(2048) },
  { Name: "custom:country", Value: "ZZ" },
  { Name: "custom:consent_version", Value: "forged" },
];

describe("signing up past the API", () => {
  it("is refused by Cognito without the client secret, and so is signing in past the throttle", async () => {
    const email = `direct-${Date.now()}@example.com`;
    const signUp = idp.send(
      new SignUpCommand({
        ClientId,
        Username: email,
        Password: STRONG_PASSWORD,
        UserAttributes: forgedAttributes,
      }),
    );
    expect(await errorName(signUp)).toBe("NotAuthorizedException");

    const customer = await signedUpCustomer();
    const signIn = idp.send(
      new InitiateAuthCommand({
        ClientId,
        AuthFlow: "USER_PASSWORD_AUTH",
        AuthParameters: { USERNAME: customer.email, PASSWORD: STRONG_PASSWORD },
      }),
    );
    expect(await errorName(signIn)).toBe("NotAuthorizedException");
  });

  it("cannot write names or custom attributes even with the secret", async () => {
    const email = `direct-${Date.now()}@example.com`;
    const signUp = idp.send(
      new SignUpCommand({
        ClientId,
        SecretHash: await leakedSecretHash(email),
        Username: email,
        Password: STRONG_PASSWORD,
        UserAttributes: forgedAttributes,
      }),
    );
    expect(await errorName(signUp)).toBe("NotAuthorizedException");
  });

  it("with the secret, gives an account the API never confirms and never makes a customer", async () => {
    const email = `direct-${Date.now()}@example.com`;
    await idp.send(
      new SignUpCommand({
        ClientId,
        SecretHash: await leakedSecretHash(email),
        Username: email,
        Password: STRONG_PASSWORD,
      }),
    );
    const code = await codeMailedTo(email, /confirmation code/);
    // Signing up again through the API changes nothing: the address is taken, no record is written.
    expect((await api("POST", "/accounts", { json: newSignUp({ email }) })).status).toBe(202);

    const confirm = await api("POST", "/accounts/confirm", { json: { email, code } });

    expect(confirm.status).toBe(400);
    expect(confirm.body.type).toMatch(/invalid-code$/);
    expect((await idp.send(new AdminGetUserCommand({ UserPoolId, Username: email }))).UserStatus).toBe(
      "UNCONFIRMED",
    );
    expect(await groupsOf(email)).toEqual([]);
    // Even confirmed some other way, the account is in no group: every signed-in route refuses it.
    await idp.send(new AdminConfirmSignUpCommand({ UserPoolId, Username: email }));
    const token = String((await signIn(email, STRONG_PASSWORD)).body.idToken);
    expect((await api("GET", "/me", { token })).status).toBe(403);
  });
});

describe("the profile", () => {
  it("comes from what POST /accounts was given, never from Cognito's attributes", async () => {
    const account = newSignUp();
    expect((await api("POST", "/accounts", { json: account })).status).toBe(202);
    // Attributes changed in Cognito before confirmation (as a client with write access could).
    await idp.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId,
        Username: account.email,
        UserAttributes: forgedAttributes,
      }),
    );
    const code = await codeMailedTo(account.email, /confirmation code/);
    expect((await api("POST", "/accounts/confirm", { json: { email: account.email, code } })).status).toBe(
      200,
    );
    const token = String((await signIn(account.email, STRONG_PASSWORD)).body.idToken);
    const expected = {
      firstName: "Mei",
      lastName: "Lin",
      country: "CN",
      groups: ["customer"],
      privacyConsent: { version: PRIVACY_STATEMENT.version, acceptedAt: expect.any(String) },
    };

    const me = await api("GET", "/me", { token });
    expect(me.body).toMatchObject(expected);

    // Lost after confirmation: the profile is rebuilt from the sign-up record, not from Cognito.
    const { sub } = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      sub: string;
    };
    await db.send(new DeleteCommand({ TableName: stack.tableName, Key: keys.profile(sub) }));
    expect((await api("GET", "/me", { token })).body).toMatchObject(expected);
  });
});
