import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { EmailOnlyRequest } from "../schemas";

export const handler = publicHandler(ROUTES.requestPasswordReset, async (event) => {
  const { email } = parseJsonBody(event, EmailOnlyRequest);
  await identity.requestPasswordReset(email);
  return {
    status: 202,
    body: { message: "If this address has an account, a reset code is on its way to it." },
  };
});
