import * as z from "zod/mini";

/** The ID token is the bearer token of every signed-in route; there is no access token. */
export const Tokens = z
  .strictObject({
    idToken: z.string().check(z.describe("The bearer token of every signed-in route (a Cognito ID token)")),
    refreshToken: z.optional(
      z
        .string()
        .check(
          z.describe(
            "Renews the ID token at POST /sessions/refresh (30 days, until sign-out or a password reset)",
          ),
        ),
    ),
    expiresIn: z.int().check(z.gte(0), z.describe("Seconds until the ID token expires")),
    tokenType: z.literal("Bearer"),
  })
  .check(z.meta({ id: "Tokens" }));

/** The first sign-in of an account an admin created: set a password at POST /sessions/new-password. */
export const NewPasswordChallenge = z
  .strictObject({
    challenge: z.literal("NEW_PASSWORD_REQUIRED"),
    session: z.string().check(z.describe("Send it to POST /sessions/new-password with the new password")),
  })
  .check(z.meta({ id: "NewPasswordChallenge" }));

export const SignInAnswer = z.union([Tokens, NewPasswordChallenge]);
