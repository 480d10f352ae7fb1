import { apiHandler } from "#shared/http";
import { profileOf } from "../../accounts/profiles";
import { profiles } from "../../accounts/stores";
import { updateMeRoute } from "../routes/update-me";
import { profileView } from "./profile-view";

export const handler = apiHandler(updateMeRoute, async ({ body: change }, caller) => {
  const now = new Date().toISOString();
  await profileOf(caller.id, profiles, now);
  return { status: 200, body: profileView(await profiles.update(caller.id, change, now), caller) };
});
