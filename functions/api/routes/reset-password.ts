import { ResetPasswordRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const resetPasswordRoute = {
  method: "POST",
  path: "/accounts/password-reset/confirm",
  groups: "public",
  entry: "functions/api/accounts/reset-password.ts",
  summary: "Set a new password with the reset code",
  body: ResetPasswordRequest,
  needs: { identity: [READ_CLIENT_SECRET, "cognito-idp:AdminUserGlobalSignOut"] },
  throttle: "auth",
  tags: ["accounts"],
  description:
    "Sets a new password with the e-mailed reset code. It also signs the account out everywhere: every refresh token is revoked. A wrong or expired code is 400 `invalid-code`.",
  responses: { 204: { description: "The password is changed; sign in with it" } },
  example: {
    body: {
      email: "mei@example.com",
      code: "123456",
      password: "Restore#Backup2027",
      passwordConfirmation: "Restore#Backup2027",
    },
  },
} as const satisfies RouteDefinition;
