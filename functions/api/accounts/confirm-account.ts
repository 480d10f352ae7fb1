import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { profileFromIdentity } from "../../accounts/profiles";
import { identity, profiles } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { ConfirmAccountRequest } from "../schemas";

export const handler = publicHandler(ROUTES.confirmAccount, async (event) => {
  const { email, code } = parseJsonBody(event, ConfirmAccountRequest);
  await identity.confirmSignUp(email, code);
  const user = await identity.findUser(email);
  if (user) {
    await profiles.createIfMissing(profileFromIdentity(user, new Date().toISOString()));
    // Repeats sign-up's group assignment in case that step was lost; only self sign-ups carry a consent.
    if (user.consent) await identity.addToGroup(user.userId, "customer");
  }
  return { status: 200, body: { message: "Your e-mail address is confirmed. You can sign in now." } };
});
