import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { resetPasswordRoute } from "../routes/reset-password";

export const handler = publicHandler(resetPasswordRoute, async ({ body: { email, code, password } }) => {
  await identity.resetPassword(email, code, password);
  // Whoever knew the old password may hold a session: a reset ends them all.
  await identity.signOutEverywhere(email);
  return { status: 204, body: undefined };
});
