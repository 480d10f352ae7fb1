import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  type AttributeType,
  type AuthenticationResultType,
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { DomainError, type DomainErrorCode } from "#domain/errors";
import type { Group } from "#shared/caller";

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Seconds until the ID and access tokens expire. */
  expiresIn: number;
  tokenType: "Bearer";
}

export type SignInResult =
  | { kind: "signed-in"; tokens: Tokens }
  | { kind: "new-password-required"; session: string };

export interface NewAccount {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  country: string;
  consentVersion: string;
  consentAt: string;
}

/** What Cognito knows of a user, in our terms. */
export interface IdentityUser {
  userId: string;
  email: string;
  firstName?: string;
  lastName?: string;
  country?: string;
  consent?: { version: string; acceptedAt: string };
}

/**
 * Cognito error names → what they mean to a caller. Several names mean the same thing: Cognito
 * and cognito-local differ (InvalidPasswordException on a wrong password locally,
 * NotAuthorizedException in AWS), and telling them apart would let callers probe for accounts.
 */
const MEANINGS: Record<string, DomainErrorCode> = {
  NotAuthorizedException: "invalid-credentials",
  InvalidPasswordException: "invalid-credentials",
  UserNotFoundException: "invalid-credentials",
  UserNotConfirmedException: "account-not-confirmed",
  PasswordResetRequiredException: "password-reset-required",
  CodeMismatchException: "invalid-code",
  ExpiredCodeException: "invalid-code",
  TooManyRequestsException: "too-many-attempts",
  TooManyFailedAttemptsException: "too-many-attempts",
  LimitExceededException: "too-many-attempts",
  UsernameExistsException: "account-exists",
};

const MESSAGES: Partial<Record<DomainErrorCode, string>> = {
  "invalid-credentials": "The e-mail address and password do not match an account.",
  "account-not-confirmed": "Enter the confirmation code we e-mailed you, or ask for a new one.",
  "password-reset-required": "Reset your password with a code sent to your e-mail address.",
  "invalid-code": "Ask for a new code and try again.",
  "too-many-attempts": "Wait a few minutes before trying again.",
  "account-exists": "Use another e-mail address.",
};

function meaningOf(error: unknown): DomainErrorCode | undefined {
  return error instanceof Error ? MEANINGS[error.name] : undefined;
}

/** Rethrows a Cognito refusal as a domain error; anything else (an outage) passes unchanged. */
function translated(
  error: unknown,
  overrides: Partial<Record<DomainErrorCode, DomainErrorCode>> = {},
): never {
  const meaning = meaningOf(error);
  if (!meaning) throw error;
  const code = overrides[meaning] ?? meaning;
  throw new DomainError(code, MESSAGES[code] ?? code);
}

/** Runs a Cognito call whose refusals must look exactly like success (no account enumeration). */
async function quietly(call: () => Promise<unknown>, quiet: readonly string[]): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof Error && quiet.includes(error.name)) return;
    translated(error);
  }
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
  if (!result?.IdToken || !result.AccessToken) throw new Error("Cognito answered without tokens");
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
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

  return {
    /**
     * Creates an unconfirmed account; Cognito e-mails the code. Returns the new user's id, or
     * undefined when the address is taken (which the caller must not reveal).
     */
    async signUp(account: NewAccount): Promise<string | undefined> {
      let userId: string | undefined;
      await quietly(async () => {
        const created = await client.send(
          new SignUpCommand({
            ClientId,
            Username: account.email,
            Password: account.password,
            UserAttributes: [
              { Name: "email", Value: account.email },
              { Name: "given_name", Value: account.firstName },
              { Name: "family_name", Value: account.lastName },
              { Name: "custom:country", Value: account.country },
              { Name: "custom:consent_version", Value: account.consentVersion },
              { Name: "custom:consent_at", Value: account.consentAt },
            ],
          }),
        );
        userId = created.UserSub;
      }, ["UsernameExistsException"]);
      return userId;
    },

    async confirmSignUp(email: string, code: string): Promise<void> {
      try {
        await client.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: code }));
      } catch (error) {
        // Unknown user, already confirmed, wrong code: one answer, so nobody learns which.
        translated(error, { "invalid-credentials": "invalid-code" });
      }
    },

    resendConfirmationCode(email: string): Promise<void> {
      return quietly(
        () => client.send(new ResendConfirmationCodeCommand({ ClientId, Username: email })),
        ["UserNotFoundException", "InvalidParameterException", "NotAuthorizedException"],
      );
    },

    async signIn(email: string, password: string): Promise<SignInResult> {
      try {
        const answer = await client.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: "USER_PASSWORD_AUTH",
            AuthParameters: { USERNAME: email, PASSWORD: password },
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

    async completeNewPassword(email: string, session: string, password: string): Promise<Tokens> {
      try {
        const answer = await client.send(
          new RespondToAuthChallengeCommand({
            ClientId,
            ChallengeName: "NEW_PASSWORD_REQUIRED",
            Session: session,
            ChallengeResponses: { USERNAME: email, NEW_PASSWORD: password },
          }),
        );
        return tokensFrom(answer.AuthenticationResult);
      } catch (error) {
        translated(error);
      }
    },

    async refresh(refreshToken: string): Promise<Tokens> {
      try {
        const answer = await client.send(
          new InitiateAuthCommand({
            ClientId,
            AuthFlow: "REFRESH_TOKEN_AUTH",
            AuthParameters: { REFRESH_TOKEN: refreshToken },
          }),
        );
        return tokensFrom(answer.AuthenticationResult);
      } catch (error) {
        translated(error);
      }
    },

    /** Sign-out is idempotent: a token that is already invalid is as good as revoked. */
    revoke(refreshToken: string): Promise<void> {
      return quietly(
        () => client.send(new RevokeTokenCommand({ ClientId, Token: refreshToken })),
        ["NotAuthorizedException", "InvalidParameterException", "UnsupportedTokenTypeException"],
      );
    },

    requestPasswordReset(email: string): Promise<void> {
      return quietly(
        () => client.send(new ForgotPasswordCommand({ ClientId, Username: email })),
        ["UserNotFoundException", "InvalidParameterException", "NotAuthorizedException"],
      );
    },

    async resetPassword(email: string, code: string, password: string): Promise<void> {
      try {
        await client.send(
          new ConfirmForgotPasswordCommand({
            ClientId,
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
        const attributes = user.UserAttributes;
        const consentVersion = attribute(attributes, "custom:consent_version");
        const consentAt = attribute(attributes, "custom:consent_at");
        return {
          userId: attribute(attributes, "sub") ?? username,
          email: attribute(attributes, "email") ?? "",
          firstName: attribute(attributes, "given_name"),
          lastName: attribute(attributes, "family_name"),
          country: attribute(attributes, "custom:country"),
          ...(consentVersion && consentAt
            ? { consent: { version: consentVersion, acceptedAt: consentAt } }
            : {}),
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
