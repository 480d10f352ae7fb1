import { PLANS } from "#domain/plans";
import { isSupportedVersion, supportedVersions } from "#domain/product-versions";
import type { LicenseRecord, OwnedLicense } from "#repositories/license-repository";
import type { ReleaseRecord } from "#repositories/release-repository";
import { allowListed } from "../views";

/** A plan term as a customer reads it: name, dates, and whether it runs today. */
function planView(term: LicenseRecord["plans"][number], today: string) {
  const state = today < term.startsOn ? "upcoming" : today > term.endsOn ? "expired" : "active";
  return {
    plan: term.plan,
    name: PLANS[term.plan].name,
    startsOn: term.startsOn,
    endsOn: term.endsOn,
    state,
    // Subscriptions are renewed; Standard can also become Premier (the product page's links).
    canRenew: term.plan === "advantage-standard" || term.plan === "advantage-premier",
    canUpgradeToPremier: term.plan === "advantage-standard",
  };
}

/** What an owner sees of a license: the catalog entry and when it was registered, never whose it is. */
const LICENSE_FIELDS = [
  "serial",
  "productId",
  "productName",
  "edition",
  "language",
  "licenseCount",
  "productVersion",
  "trialEndsOn",
  "incidentCredits",
  "registeredAt",
] as const satisfies readonly (keyof LicenseRecord)[];

/** Whether the owner gets release notices for the serial, and since when (as consent, with its time). */
export function noticeView(noticesSince: string | undefined) {
  return noticesSince ? { subscribed: true, since: noticesSince } : { subscribed: false };
}

export function productView(license: OwnedLicense, releaseVersions: string[], today: string) {
  return {
    ...allowListed(license, LICENSE_FIELDS),
    notices: noticeView(license.noticesSince),
    supported: isSupportedVersion(license.productVersion, releaseVersions),
    supportedVersions: supportedVersions(releaseVersions),
    plans: license.plans.map((term) => planView(term, today)),
  };
}

/** A build as its product's owner sees it; where the file is stored stays internal (the link stands for it). */
export function releaseView(release: ReleaseRecord, supported: boolean) {
  return {
    ...allowListed(release, [
      "productId",
      "version",
      "build",
      "sizeBytes",
      "releasedOn",
      "notes",
      "whatsNew",
      "knownIssues",
      "installationNotes",
    ]),
    supported,
  };
}
