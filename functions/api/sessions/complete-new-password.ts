import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { completeNewPasswordRoute } from "../routes/complete-new-password";

export const handler = publicHandler(
  completeNewPasswordRoute,
  async ({ body: { email, session, password } }) => {
    return { status: 200, body: await identity.completeNewPassword(email, session, password) };
  },
);
