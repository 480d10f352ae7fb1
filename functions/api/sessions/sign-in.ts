import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { signInRoute } from "../routes/sign-in";

export const handler = publicHandler(signInRoute, async ({ body: { email, password } }) => {
  const result = await identity.signIn(email, password);
  if (result.kind === "new-password-required") {
    // First sign-in of an account an admin created: answer at POST /sessions/new-password.
    return { status: 200, body: { challenge: "NEW_PASSWORD_REQUIRED", session: result.session } };
  }
  return { status: 200, body: result.tokens };
});
