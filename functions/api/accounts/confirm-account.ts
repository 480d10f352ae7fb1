import { publicHandler } from "#shared/http";
import { refusal } from "../../accounts/cognito-errors";
import { profileFromSignUp } from "../../accounts/profiles";
import { identity, profiles } from "../../accounts/stores";
import { confirmAccountRoute } from "../routes/confirm-account";

export const handler = publicHandler(confirmAccountRoute, async ({ body: { email, code } }) => {
  const user = await identity.findUser(email);
  const signUp = user && (await profiles.loadSignUp(user.userId));
  // An account POST /accounts did not create (a direct Cognito SignUp) stays unconfirmed, and
  // is answered like an unknown address or a wrong code.
  if (!signUp) throw refusal("invalid-code");
  // Before confirming, so that a lost step cannot leave a confirmed account without its group;
  // until confirmed the account cannot sign in, so the group gives nothing away.
  await identity.addToGroup(signUp.userId, "customer");
  await identity.confirmSignUp(email, code);
  await profiles.createIfMissing(profileFromSignUp(signUp, new Date().toISOString()));
  return { status: 200, body: { message: "Your e-mail address is confirmed. You can sign in now." } };
});
