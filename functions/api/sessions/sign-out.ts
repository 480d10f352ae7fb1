import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { RefreshSessionRequest } from "../schemas";

/** Revokes the refresh token: no new tokens from it. ID tokens already issued live out their hour. */
export const handler = publicHandler(ROUTES.signOut, async (event) => {
  const { refreshToken } = parseJsonBody(event, RefreshSessionRequest);
  await identity.revoke(refreshToken);
  return { status: 204, body: undefined };
});
