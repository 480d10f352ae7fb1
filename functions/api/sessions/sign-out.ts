import { apiHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { signOutRoute } from "../routes/sign-out";

/**
 * Signs the caller out on every device: all their refresh tokens are revoked. ID tokens already
 * issued live out their 15 minutes (the JWT authorizer checks only signature and expiry).
 */
export const handler = apiHandler(signOutRoute, async (_input, caller) => {
  await identity.signOutEverywhere(caller.id);
  return { status: 204, body: undefined };
});
