import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Group } from "#shared/caller";
import { appClient } from "./app-client";
import { quietly, translated } from "./cognito-errors";

/**
 * What a client gets from signing in or refreshing: the ID token (the API's bearer token) and the
 * refresh token. No access token: nothing of ours needs one, and with it a client could call
 * Cognito's own user APIs (change its attributes) past the API.
 */
export interface Tokens {
  idToken: string;
  refreshToken?: string;
  /** Seconds until the ID token expires. */
  expiresIn: number;
  tokenType: "Bearer";
}

export type SignInResult =
  | { kind: "signed-in"; tokens: Tokens }
  | { kind: "new-password-required"; session: string };

/** What Cognito knows of a user that we use: who it is. Profiles live in our table. */
export interface IdentityUser {
  userId: string;
  email: string;
}

function attribute(attributes: AttributeType[] | undefined, name: string): string | undefined {
  return attributes?.find((a) => a.Name === name)?.Value;
}

/** Seconds until a JWT expires, from its own `exp` (cognito-local omits ExpiresIn). */
function secondsUntilExpiry(jwt: string): number {
  const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    exp?: number;
  };
  return Math.max(0, (payload.exp ?? 0) - Math.floor(Date.now() / 1000));
}

function tokensFrom(result: AuthenticationResultType | undefined): Tokens {
  if (!result?.IdToken) throw new Error("Cognito answered without tokens");
  return {
    idToken: result.IdToken,
    ...(result.RefreshToken ? { refreshToken: result.RefreshToken } : {}),
    expiresIn: result.ExpiresIn ?? secondsUntilExpiry(result.IdToken),
    tokenType: "Bearer",
  };
}

/** The user pool, as the accounts routes use it. E-mail addresses arrive lower-cased. */
export function identityProvider(
  client: CognitoIdentityProviderClient,
  pool: { userPoolId: string; clientId: string },
) {
  const { userPoolId: UserPoolId, clientId: ClientId } = pool;
  const app = appClient(client, pool);

  return {
    /**
     * Creates an unconfirmed account with nothing but its address and password (the profile goes
     * to our table); Cognito e-mails the code. Returns the new user's id, or undefined when the
     * address is taken (which the caller must not reveal).
     */
    async signUp(email: string, password: string): Promise<string | undefined> {
      let userId: string | undefined;
      const SecretHash = await app.secretHash(email);
      await quietly(async () => {
        const created = await client.send(
          new SignUpCommand({
            ClientId,
            SecretHash,
            Username: email,
            Password: password,
            UserAttributes: [{ Name: "email", Value: email }],
          }),
        );
        userId = created.UserSub;
      }, ["UsernameExistsException"]);
      return userId;
    },

    async confirmSignUp(email: string, code: string): Promise<void> {
      const SecretHash = await app.secretHash(email);
      try {
        await client.send(
          new ConfirmSignUpCommand({ ClientId, SecretHash, Username: email, ConfirmationCode: code }),
        );
      } catch (error) {
        // Unknown user, already confirmed, wrong code: one answer, so nobody learns which.
        translated(error, { "invalid-credentials": "invalid-code" });
      }
    },

    async resendConfirmationCode(email: string): Promise<void> {
      const SecretHash = await app.secretHash(email);
      return quietly(
        () => client.send(new ResendConfirmationCodeCommand({ ClientId, SecretHash, Username: email })),
        ["UserNotFoundException", "InvalidParameterException", "NotAuthorizedException"],
      );
    },

    async signIn(email: string, password: string): Promise<SignInResult> {
      const SECRET_HASH = await app.secretHash(email);
      try {
        const answer = await client.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: "USER_PASSWORD_AUTH",
            AuthParameters: { USERNAME: email, PASSWORD: password, SECRET_HASH },
          }),
        );
        if (answer.ChallengeName === "NEW_PASSWORD_REQUIRED" && answer.Session) {
          return { kind: "new-password-required", session: answer.Session };
        }
        return { kind: "signed-in", tokens: tokensFrom(answer.AuthenticationResult) };
      } catch (error) {
        translated(error);
      }
    },

    /**
     * Cognito checks a challenge answer's SECRET_HASH against the internal user name (the
     * challenge's USER_ID_FOR_SRP), not the address the sign-in named, so that name is looked up.
     */
    async completeNewPassword(email: string, session: string, password: string): Promise<Tokens> {
      try {
        const { Username: USERNAME = email } = await client.send(
          new AdminGetUserCommand({ UserPoolId, Username: email }),
        );
        const SECRET_HASH = await app.secretHash(USERNAME);
        const answer = await client.send(
          new RespondToAuthChallengeCommand({
            ClientId,
            ChallengeName: "NEW_PASSWORD_REQUIRED",
            Session: session,
            ChallengeResponses: { USERNAME, NEW_PASSWORD: password, SECRET_HASH },
          }),
        );
        return tokensFrom(answer.AuthenticationResult);
      } catch (error) {
        translated(error);
      }
    },

    /** GetTokensFromRefreshToken takes the secret itself: a refresh token does not say whose it is. */
    async refresh(refreshToken: string): Promise<Tokens> {
      const ClientSecret = await app.clientSecret();
      try {
        const answer = await client.send(
          new GetTokensFromRefreshTokenCommand({ ClientId, ClientSecret, RefreshToken: refreshToken }),
        );
        return tokensFrom(answer.AuthenticationResult);
      } catch (error) {
        translated(error);
      }
    },

    /**
     * Revokes every refresh token of the user (all devices). ID tokens already issued stay valid
     * until they expire (15 minutes): the API's JWT authorizer checks only signature and expiry.
     * An unknown user has no sessions, which is as good as signed out.
     */
    signOutEverywhere(username: string): Promise<void> {
      return quietly(
        () => client.send(new AdminUserGlobalSignOutCommand({ UserPoolId, Username: username })),
        ["UserNotFoundException"],
      );
    },

    async requestPasswordReset(email: string): Promise<void> {
      const SecretHash = await app.secretHash(email);
      return quietly(
        () => client.send(new ForgotPasswordCommand({ ClientId, SecretHash, Username: email })),
        ["UserNotFoundException", "InvalidParameterException", "NotAuthorizedException"],
      );
    },

    async resetPassword(email: string, code: string, password: string): Promise<void> {
      const SecretHash = await app.secretHash(email);
      try {
        await client.send(
          new ConfirmForgotPasswordCommand({
            ClientId,
            SecretHash,
            Username: email,
            ConfirmationCode: code,
            Password: password,
          }),
        );
      } catch (error) {
        translated(error, { "invalid-credentials": "invalid-code" });
      }
    },

    /** By user id (the token's `sub`) or e-mail; undefined when there is no such user. */
    async findUser(username: string): Promise<IdentityUser | undefined> {
      try {
        const user = await client.send(new AdminGetUserCommand({ UserPoolId, Username: username }));
        return {
          userId: attribute(user.UserAttributes, "sub") ?? username,
          email: attribute(user.UserAttributes, "email") ?? "",
        };
      } catch (error) {
        if (error instanceof Error && error.name === "UserNotFoundException") return undefined;
        throw error;
      }
    },

    async addToGroup(userId: string, group: Group): Promise<void> {
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: userId, GroupName: group }));
    },

    /** A staff account: Cognito e-mails a temporary password, changed at the first sign-in. */
    async createStaffUser(person: { email: string; firstName: string; lastName: string }): Promise<string> {
      try {
        const { User } = await client.send(
          new AdminCreateUserCommand({
            UserPoolId,
            Username: person.email,
            DesiredDeliveryMediums: ["EMAIL"],
            UserAttributes: [
              { Name: "email", Value: person.email },
              { Name: "email_verified", Value: "true" },
              { Name: "given_name", Value: person.firstName },
              { Name: "family_name", Value: person.lastName },
            ],
          }),
        );
        const userId = attribute(User?.Attributes, "sub") ?? User?.Username;
        if (!userId) throw new Error("Cognito created a user without an id");
        return userId;
      } catch (error) {
        translated(error);
      }
    },
  };
}

export type IdentityProvider = ReturnType<typeof identityProvider>;
