import * as z from "zod/mini";
import { LANGUAGES } from "#domain/language";
import { GROUPS } from "#shared/caller";
import { Timestamp } from "./shared";

/** The caller's profile (functions/api/me/profile-view.ts) and the groups the token carries. */
export const PROFILE_FIELDS = {
  id: z.string().check(z.describe("The user id (the token's `sub`)")),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  country: z.optional(z.string().check(z.describe("ISO 3166-1 alpha-2"))),
  language: z.enum(LANGUAGES).check(z.describe("The language of the e-mails the support center writes")),
  company: z.optional(z.string()),
  phone: z.optional(z.string()),
  privacyConsent: z.optional(
    z
      .strictObject({ version: z.string(), acceptedAt: Timestamp })
      .check(z.describe("Which privacy statement the person accepted at sign-up, and when")),
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const Profile = z
  .strictObject({
    ...PROFILE_FIELDS,
    groups: z.array(z.enum(GROUPS)).check(z.describe("The groups the token carries")),
  })
  .check(z.meta({ id: "Profile" }));
