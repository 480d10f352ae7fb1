/**
 * The support regions and the business calendar each counts first-response targets on.
 */
import { type BusinessCalendar, weekdaysCalendar } from "./business-calendar";
import { chinaCalendar } from "./china-calendar";
import type { HolidaySchedule } from "./holiday-schedule";

export const SUPPORT_REGION_IDS = ["cn", "global"] as const;
export type SupportRegionId = (typeof SUPPORT_REGION_IDS)[number];

/** The calendars as the packages know them, before any schedule an operator loaded. */
export const SUPPORT_REGIONS: Readonly<Record<SupportRegionId, BusinessCalendar>> = {
  // The mainland China team works on China's legal working calendar (china-calendar.ts).
  cn: chinaCalendar(),
  // Everyone else: one team whose customers span many countries, so no single country's holidays
  // apply; it counts plain Monday–Friday weeks on UTC, the zone that favours no customer's country.
  global: weekdaysCalendar("global", "UTC"),
};

/** A region's calendar with the holiday schedules operators loaded for it (only `cn` has holidays). */
export function supportCalendar(
  region: SupportRegionId,
  loaded: readonly HolidaySchedule[],
): BusinessCalendar {
  return region === "cn" ? chinaCalendar(loaded) : SUPPORT_REGIONS[region];
}
