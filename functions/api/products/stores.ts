import { calendarDay } from "#domain/zone-clock";
import { licenseRepository } from "#repositories/license-repository";
import { noticeSubscriptionRepository } from "#repositories/notice-subscription-repository";
import { releaseRepository } from "#repositories/release-repository";
import { documentClient } from "#shared/dynamodb-client";
import { supportTimeZone } from "#shared/support-region";
import { TABLE_NAME } from "#shared/table-name";

/** Licenses and releases for the product and support routes, configured once per container. */
export const licenses = licenseRepository(documentClient, TABLE_NAME);
export const releases = releaseRepository(documentClient, TABLE_NAME);
export const noticeSubscriptions = noticeSubscriptionRepository(documentClient, TABLE_NAME);

/** Today in the support center's zone: plans are valid through their last calendar day there. */
export function today(): string {
  return calendarDay(new Date(), supportTimeZone);
}

/** The caller's license for a serial (undefined unless registered to them) and its product's release versions. */
export async function ownedLicenseTerms(callerId: string, serial: string | undefined) {
  const license = serial ? await licenses.load(serial) : undefined;
  const owned = license?.ownerId === callerId ? license : undefined;
  const releaseVersions = owned
    ? (await releases.listNewestFirst(owned.productId)).map((r) => r.version)
    : [];
  return { terms: owned, releaseVersions, today: today() };
}
