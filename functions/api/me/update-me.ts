import { apiHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { profileOf } from "../../accounts/profiles";
import { profiles } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { UpdateProfileRequest } from "../schemas";
import { profileView } from "./profile-view";

export const handler = apiHandler(ROUTES.updateMe, async (event, caller) => {
  const change = parseJsonBody(event, UpdateProfileRequest);
  const now = new Date().toISOString();
  await profileOf(caller.id, profiles, now);
  return { status: 200, body: profileView(await profiles.update(caller.id, change, now), caller) };
});
