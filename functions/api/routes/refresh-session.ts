import { Tokens } from "../responses/sessions";
import { RefreshSessionRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const refreshSessionRoute = {
  method: "POST",
  path: "/sessions/refresh",
  groups: "public",
  entry: "functions/api/sessions/refresh-session.ts",
  summary: "A new ID token for a refresh token (until sign-out or a password reset)",
  body: RefreshSessionRequest,
  needs: { identity: [READ_CLIENT_SECRET] },
  throttle: "auth",
  tags: ["sessions"],
  description:
    "A new ID token for a refresh token from POST /sessions (valid 30 days). After a sign-out or a password reset the refresh token is revoked: 401.",
  responses: { 200: { description: "A new ID token", body: Tokens } },
  problems: [401],
  example: { body: { refreshToken: "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ" } },
} as const satisfies RouteDefinition;
