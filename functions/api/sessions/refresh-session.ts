import { publicHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { identity } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { RefreshSessionRequest } from "../schemas";

export const handler = publicHandler(ROUTES.refreshSession, async (event) => {
  const { refreshToken } = parseJsonBody(event, RefreshSessionRequest);
  return { status: 200, body: await identity.refresh(refreshToken) };
});
