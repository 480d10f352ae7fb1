import type { ProfileRecord } from "#repositories/profile-repository";
import type { Caller } from "#shared/caller";

/** The caller's profile as the API shows it: the stored profile plus the groups the token carries. */
export function profileView(profile: ProfileRecord, caller: Caller) {
  const { userId, ...rest } = profile;
  return { id: userId, ...rest, groups: caller.groups };
}
