import { EVERYONE, type RouteDefinition } from "./route-definition";

export const signOutRoute = {
  method: "POST",
  path: "/sessions/sign-out",
  groups: EVERYONE,
  entry: "functions/api/sessions/sign-out.ts",
  summary: "Sign out everywhere: every refresh token of the caller is revoked",
  needs: { identity: ["cognito-idp:AdminUserGlobalSignOut"] },
  tags: ["sessions"],
  description:
    "Revokes every refresh token of the caller, on all devices. ID tokens already issued stay valid until they expire (15 minutes): the API checks only their signature and expiry.",
  responses: { 204: { description: "Signed out everywhere" } },
} as const satisfies RouteDefinition;
