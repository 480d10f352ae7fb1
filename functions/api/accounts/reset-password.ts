import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { ResetPasswordRequest } from "../schemas";

export const handler = publicHandler(ROUTES.resetPassword, async (event) => {
  const { email, code, password } = parseJsonBody(event, ResetPasswordRequest);
  await identity.resetPassword(email, code, password);
  // Whoever knew the old password may hold a session: a reset ends them all.
  await identity.signOutEverywhere(email);
  return { status: 204, body: undefined };
});
