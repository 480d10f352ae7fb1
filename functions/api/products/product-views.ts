import { PLANS } from "#domain/plans";
import { isSupportedVersion, supportedVersions } from "#domain/product-versions";
import type { LicenseRecord } from "#repositories/license-repository";

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

export function productView(license: LicenseRecord, releaseVersions: string[], today: string) {
  const { ownerId: _owner, plans, ...rest } = license;
  return {
    ...rest,
    supported: isSupportedVersion(license.productVersion, releaseVersions),
    supportedVersions: supportedVersions(releaseVersions),
    plans: plans.map((term) => planView(term, today)),
  };
}
