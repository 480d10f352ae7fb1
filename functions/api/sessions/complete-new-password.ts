import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";

export const handler = publicHandler(
  ROUTES.completeNewPassword,
  async ({ body: { email, session, password } }) => {
    return { status: 200, body: await identity.completeNewPassword(email, session, password) };
  },
);
