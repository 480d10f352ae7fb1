import { DomainError } from "#domain/errors";
import type { ProfileRecord, ProfileRepository } from "#repositories/profile-repository";

/** The profile a sign-up record becomes at confirmation. */
export function profileFromSignUp(signUp: ProfileRecord, now: string): ProfileRecord {
  return { ...signUp, createdAt: now, updatedAt: now };
}

/**
 * The caller's profile, created from its sign-up record if the step after confirmation was lost
 * (creating one is safe to repeat). Never from Cognito's attributes: a client could write those.
 */
export async function profileOf(
  userId: string,
  profiles: ProfileRepository,
  now: string,
): Promise<ProfileRecord> {
  const existing = await profiles.load(userId);
  if (existing) return existing;
  const signUp = await profiles.loadSignUp(userId);
  if (!signUp) throw new DomainError("profile-not-found", "This account has no profile.");
  await profiles.createIfMissing(profileFromSignUp(signUp, now));
  return (await profiles.load(userId)) ?? profileFromSignUp(signUp, now);
}
