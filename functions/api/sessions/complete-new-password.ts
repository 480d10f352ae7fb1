import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { CompleteNewPasswordRequest } from "../schemas";

export const handler = publicHandler(ROUTES.completeNewPassword, async (event) => {
  const { email, session, password } = parseJsonBody(event, CompleteNewPasswordRequest);
  return { status: 200, body: await identity.completeNewPassword(email, session, password) };
});
