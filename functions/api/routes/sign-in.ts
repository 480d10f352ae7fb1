import { SignInAnswer } from "../responses/sessions";
import { SignInRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const signInRoute = {
  method: "POST",
  path: "/sessions",
  groups: "public",
  entry: "functions/api/sessions/sign-in.ts",
  summary: "Sign in with e-mail and password; returns tokens (or a new-password challenge)",
  body: SignInRequest,
  needs: { identity: [READ_CLIENT_SECRET] },
  throttle: "auth",
  tags: ["sessions"],
  description:
    'Answers the tokens: `idToken` is the bearer token of every signed-in route (15 minutes), `refreshToken` renews it at POST /sessions/refresh. The first sign-in of an account an admin created answers `{challenge: "NEW_PASSWORD_REQUIRED", session}` instead: set a password at POST /sessions/new-password. A wrong password and an unknown address are one 401; an unconfirmed account, or one that must reset its password, is 403.',
  responses: { 200: { description: "The tokens, or the new-password challenge", body: SignInAnswer } },
  problems: [401, 403],
  example: { body: { email: "mei@example.com", password: "Backup#Restore2026" } },
} as const satisfies RouteDefinition;
