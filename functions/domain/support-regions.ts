/**
 * The support regions and the time zone each team works in. One setting (SUPPORT_REGION) picks
 * the region; its zone and its business calendar (support-calendars.ts) follow from it, so the
 * two cannot disagree. Kept apart from the calendars: reading a zone carries no holiday data.
 */
export const SUPPORT_REGION_IDS = ["cn", "global"] as const;
export type SupportRegionId = (typeof SUPPORT_REGION_IDS)[number];

/**
 * The zone of each region's calendar, and the one dates are told in ("our reply was sent on
 * <date>", a plan valid through its last day). Mainland China works Beijing time; the global team
 * counts on UTC, the zone that favours no customer's country.
 */
export const SUPPORT_TIME_ZONES: Readonly<Record<SupportRegionId, string>> = {
  cn: "Asia/Shanghai",
  global: "UTC",
};
