import { PRIVACY_STATEMENT } from "#domain/privacy";
import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { SignUpRequest } from "../schemas";

/** The same answer whether or not the address already had an account: nobody learns which. */
const ACCEPTED = {
  status: 202,
  body: {
    message: "If this address can be used, a confirmation code is on its way to it.",
    privacyStatementVersion: PRIVACY_STATEMENT.version,
  },
};

export const handler = publicHandler(ROUTES.signUp, async (event) => {
  const request = parseJsonBody(event, SignUpRequest);
  const userId = await identity.signUp({
    ...request,
    consentVersion: PRIVACY_STATEMENT.version,
    consentAt: new Date().toISOString(),
  });
  // Everyone who signs up is a customer; staff accounts are created by an admin.
  if (userId) await identity.addToGroup(userId, "customer");
  return ACCEPTED;
});
