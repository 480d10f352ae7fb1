import * as z from "zod/mini";

/** The ID token is the bearer token of every signed-in route; there is no access token. */
export const Tokens = z.strictObject({
  idToken: z.string(),
  /** Given at sign-in; renews the ID token at POST /sessions/refresh until sign-out or a password reset. */
  refreshToken: z.optional(z.string()),
  /** Seconds until the ID token expires. */
  expiresIn: z.int().check(z.gte(0)),
  tokenType: z.literal("Bearer"),
});

/** The first sign-in of an account an admin created: set a password at POST /sessions/new-password. */
export const NewPasswordChallenge = z.strictObject({
  challenge: z.literal("NEW_PASSWORD_REQUIRED"),
  session: z.string(),
});

export const SignInAnswer = z.union([Tokens, NewPasswordChallenge]);
