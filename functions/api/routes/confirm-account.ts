import { Message } from "../responses/shared";
import { ConfirmAccountRequest } from "../schemas";
import { READ_CLIENT_SECRET, type RouteDefinition } from "./route-definition";

export const confirmAccountRoute = {
  method: "POST",
  path: "/accounts/confirm",
  groups: "public",
  entry: "functions/api/accounts/confirm-account.ts",
  summary: "Confirm the e-mail address with the code; the account becomes usable",
  body: ConfirmAccountRequest,
  needs: {
    table: "write",
    identity: [READ_CLIENT_SECRET, "cognito-idp:AdminGetUser", "cognito-idp:AdminAddUserToGroup"],
  },
  throttle: "auth",
  tags: ["accounts"],
  description:
    "Confirms the address with the code POST /accounts e-mailed; the account becomes a customer and can sign in. A wrong or expired code, an unknown address and an account confirmed already all answer the same 400 `invalid-code`.",
  responses: { 200: { description: "Confirmed: sign in now", body: Message } },
  example: { body: { email: "mei@example.com", code: "123456" } },
} as const satisfies RouteDefinition;
