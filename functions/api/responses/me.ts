import * as z from "zod/mini";
import { LANGUAGES } from "#domain/language";
import { GROUPS } from "#shared/caller";
import { Timestamp } from "./shared";

/** The caller's profile (functions/api/me/profile-view.ts) and the groups the token carries. */
export const Profile = z.strictObject({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.optional(z.string()),
  /** The language of the e-mails the support center writes. */
  language: z.enum(LANGUAGES),
  company: z.optional(z.string()),
  phone: z.optional(z.string()),
  /** Which privacy statement the person accepted at sign-up, and when. */
  privacyConsent: z.optional(z.strictObject({ version: z.string(), acceptedAt: Timestamp })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  groups: z.array(z.enum(GROUPS)),
});
