import { apiHandler } from "#shared/http";
import { profileOf } from "../../accounts/profiles";
import { profiles } from "../../accounts/stores";
import { getMeRoute } from "../routes/get-me";
import { profileView } from "./profile-view";

export const handler = apiHandler(getMeRoute, async (_input, caller) => {
  const profile = await profileOf(caller.id, profiles, new Date().toISOString());
  return { status: 200, body: profileView(profile, caller) };
});
