import { Message } from "../responses/shared";
import { EmailOnlyRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const resendConfirmationCodeRoute = {
  method: "POST",
  path: "/accounts/confirm/resend",
  groups: "public",
  entry: "functions/api/accounts/resend-confirmation-code.ts",
  summary: "E-mail a new confirmation code",
  body: EmailOnlyRequest,
  needs: { identity: [READ_CLIENT_SECRET] },
  throttle: "auth",
  tags: ["accounts"],
  description:
    "E-mails a new confirmation code to an address that awaits confirmation. Always 202, whether or not the address has an account.",
  responses: {
    202: { description: "Accepted: a code is on its way if the address awaits one", body: Message },
  },
  example: { body: { email: "mei@example.com" } },
} as const satisfies RouteDefinition;
