import { Message } from "../responses/shared";
import { EmailOnlyRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const requestPasswordResetRoute = {
  method: "POST",
  path: "/accounts/password-reset",
  groups: "public",
  entry: "functions/api/accounts/request-password-reset.ts",
  summary: "E-mail a password reset code",
  body: EmailOnlyRequest,
  needs: { identity: [READ_CLIENT_SECRET] },
  throttle: "auth",
  tags: ["accounts"],
  description:
    "E-mails a code to set a new password with (POST /accounts/password-reset/confirm). Always 202, whether or not the address has an account.",
  responses: {
    202: { description: "Accepted: a code is on its way if the address has an account", body: Message },
  },
  example: { body: { email: "mei@example.com" } },
} as const satisfies RouteDefinition;
