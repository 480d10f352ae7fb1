import type { ProfileRecord } from "#repositories/profile-repository";
import type { Caller } from "#shared/caller";
import { allowListed } from "../views";

export const PROFILE_FIELDS = [
  "email",
  "firstName",
  "lastName",
  "country",
  "language",
  "company",
  "phone",
  "privacyConsent",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof ProfileRecord)[];

/** The caller's profile as the API shows it: the stored profile's allowed fields plus the groups the token carries. */
export function profileView(profile: ProfileRecord, caller: Caller) {
  return { id: profile.userId, ...allowListed(profile, PROFILE_FIELDS), groups: caller.groups };
}
