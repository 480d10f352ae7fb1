import { publicHandler } from "#shared/http";
import { identity } from "../../accounts/stores";
import { refreshSessionRoute } from "../routes/refresh-session";

export const handler = publicHandler(refreshSessionRoute, async ({ body: { refreshToken } }) => {
  return { status: 200, body: await identity.refresh(refreshToken) };
});
