import { DomainError } from "#domain/errors";
import type { ProfileRecord, ProfileRepository } from "#repositories/profile-repository";
import type { IdentityProvider, IdentityUser } from "./identity-provider";

/** A first profile from what the person gave at sign-up (kept by Cognito until confirmation). */
export function profileFromIdentity(user: IdentityUser, now: string): ProfileRecord {
  return {
    userId: user.userId,
    email: user.email,
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    ...(user.country ? { country: user.country } : {}),
    language: "en",
    ...(user.consent
      ? { privacyConsent: { version: user.consent.version, acceptedAt: user.consent.acceptedAt } }
      : {}),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The caller's profile, created from the identity provider if a step after confirmation was
 * lost (profiles are created at confirmation, and creating one is safe to repeat).
 */
export async function profileOf(
  userId: string,
  stores: { identity: IdentityProvider; profiles: ProfileRepository },
  now: string,
): Promise<ProfileRecord> {
  const existing = await stores.profiles.load(userId);
  if (existing) return existing;
  const user = await stores.identity.findUser(userId);
  if (!user) throw new DomainError("profile-not-found", "This account has no profile.");
  await stores.profiles.createIfMissing(profileFromIdentity(user, now));
  return (await stores.profiles.load(userId)) ?? profileFromIdentity(user, now);
}
