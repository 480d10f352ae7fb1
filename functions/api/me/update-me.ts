import { apiHandler } from "#shared/http";
import { profileOf } from "../../accounts/profiles";
import { profiles } from "../../accounts/stores";
import { ROUTES } from "../routes";
import { profileView } from "./profile-view";

export const handler = apiHandler(ROUTES.updateMe, async ({ body: change }, caller) => {
  const now = new Date().toISOString();
  await profileOf(caller.id, profiles, now);
  return { status: 200, body: profileView(await profiles.update(caller.id, change, now), caller) };
});
