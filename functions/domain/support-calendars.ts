/**
 * The business calendar each support region counts first-response targets on.
 */
import { type BusinessCalendar, weekdaysCalendar } from "./business-calendar";
import { chinaCalendar } from "./china-calendar";
import type { HolidaySchedule } from "./holiday-schedule";
import { SUPPORT_TIME_ZONES, type SupportRegionId } from "./support-regions";

/** The calendars as the packages know them, before any schedule an operator loaded. */
export const SUPPORT_REGIONS: Readonly<Record<SupportRegionId, BusinessCalendar>> = {
  // The mainland China team works on China's legal working calendar (china-calendar.ts).
  cn: chinaCalendar(),
  // Everyone else: one team whose customers span many countries, so no single country's holidays
  // apply; it counts plain Monday–Friday weeks.
  global: weekdaysCalendar("global", SUPPORT_TIME_ZONES.global),
};

/** A region's calendar with the holiday schedules operators loaded for it (only `cn` has holidays). */
export function supportCalendar(
  region: SupportRegionId,
  loaded: readonly HolidaySchedule[],
): BusinessCalendar {
  return region === "cn" ? chinaCalendar(loaded) : SUPPORT_REGIONS[region];
}
