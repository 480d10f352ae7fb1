import { SignUpAccepted } from "../responses/accounts";
import { SignUpRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const signUpRoute = {
  method: "POST",
  path: "/accounts",
  groups: "public",
  entry: "functions/api/accounts/sign-up.ts",
  summary: "Create a customer account; a confirmation code is e-mailed",
  body: SignUpRequest,
  needs: { table: "write", identity: [READ_CLIENT_SECRET] },
  throttle: "auth",
  tags: ["accounts"],
  description:
    "Creates an unconfirmed customer account and e-mails a 6-digit confirmation code (confirm it at POST /accounts/confirm). Every field is required but `language` (the language of our e-mails, `en` unless given); `acceptPrivacyStatement` must be `true`, and the consent is recorded with the privacy statement's version. Passwords need at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol. The answer is the same, in the same time, whether or not the address already has an account.",
  responses: {
    202: { description: "Accepted: a code is on its way if the address can be used", body: SignUpAccepted },
  },
  example: {
    body: {
      firstName: "Mei",
      lastName: "Lin",
      email: "mei@example.com",
      country: "CN",
      password: "Backup#Restore2026",
      passwordConfirmation: "Backup#Restore2026",
      acceptPrivacyStatement: true,
    },
  },
} as const satisfies RouteDefinition;
