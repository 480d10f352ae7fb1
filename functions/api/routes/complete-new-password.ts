import { Tokens } from "../responses/sessions";
import { CompleteNewPasswordRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const completeNewPasswordRoute = {
  method: "POST",
  path: "/sessions/new-password",
  groups: "public",
  entry: "functions/api/sessions/complete-new-password.ts",
  summary: "Answer the new-password challenge of a first sign-in; returns tokens",
  body: CompleteNewPasswordRequest,
  needs: { identity: [READ_CLIENT_SECRET, "cognito-idp:AdminGetUser"] },
  throttle: "auth",
  tags: ["sessions"],
  description:
    "Sets the password of an account an admin created, with the `session` of the NEW_PASSWORD_REQUIRED challenge POST /sessions answered, and signs in. A used or expired session is 401.",
  responses: { 200: { description: "Signed in", body: Tokens } },
  problems: [401],
  example: {
    body: {
      email: "sam@example.com",
      session: "AYABeC1yZWdpb24tY2hhbGxlbmdlLXNlc3Npb24",
      password: "Support#Desk2026",
      passwordConfirmation: "Support#Desk2026",
    },
  },
} as const satisfies RouteDefinition;
