import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { SignInRequest } from "../schemas";

export const handler = publicHandler(ROUTES.signIn, async (event) => {
  const { email, password } = parseJsonBody(event, SignInRequest);
  const result = await identity.signIn(email, password);
  if (result.kind === "new-password-required") {
    // First sign-in of an account an admin created: answer at POST /sessions/new-password.
    return { status: 200, body: { challenge: "NEW_PASSWORD_REQUIRED", session: result.session } };
  }
  return { status: 200, body: result.tokens };
});
