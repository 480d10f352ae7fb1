import type { HolidaySchedule } from "#domain/holiday-schedule";
import type { HolidayScheduleRecord } from "#repositories/calendar-repository";
import { SCHEDULE_CACHE_SECONDS } from "./calendar-store";

/** China's calendar is the one with public holidays; its schedules are loaded under this region. */
export const HOLIDAY_REGION = "cn";

/** A year's schedule as the admin routes show it: where it comes from, and the days in date order. */
export function scheduleView(
  schedule: HolidaySchedule,
  source: { loaded: Pick<HolidayScheduleRecord, "loadedAt" | "loadedBy"> } | "chinese-days",
) {
  // ISO dates sort as plain strings; localeCompare would start ICU's collator (~12 ms) for it.
  const byDate = (days: HolidaySchedule["holidays"]) =>
    [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    region: HOLIDAY_REGION,
    year: schedule.year,
    holidays: byDate(schedule.holidays),
    workdays: byDate(schedule.workdays),
    ...(source === "chinese-days"
      ? { source }
      : {
          source: "loaded",
          loadedAt: source.loaded.loadedAt,
          loadedBy: source.loaded.loadedBy,
          takesEffectWithinSeconds: SCHEDULE_CACHE_SECONDS,
        }),
  };
}
