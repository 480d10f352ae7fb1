import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";

export const handler = publicHandler(ROUTES.refreshSession, async ({ body: { refreshToken } }) => {
  return { status: 200, body: await identity.refresh(refreshToken) };
});
