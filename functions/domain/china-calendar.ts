/**
 * Mainland China's legal working calendar: public holidays off, make-up weekend days (调休) on.
 * Two sources, per year: a schedule an operator loaded (holiday-schedule.ts) wins; otherwise the
 * `chinese-days` package, which follows the State Council's yearly notice and is kept current by
 * updating the dependency, never by editing a list here. A year in neither counts as plain
 * Monday–Friday weeks, and the calendar says it has no schedule for it.
 *
 * We read the package's published JSON rather than call its `isWorkday`: the function parses the
 * date as UTC midnight and then reads it back in the process's local zone, so in any zone west of
 * UTC it answers for the previous day. The data is plain "YYYY-MM-DD" keys and needs no zone.
 */
import chinaDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { type BusinessCalendar, isMondayToFriday, type LocalDate } from "./business-calendar";
import type { HolidaySchedule, ScheduleDay } from "./holiday-schedule";

/** Date → "English name,中文名,n" in the package's data. */
const PACKAGE_HOLIDAYS: Readonly<Record<string, string>> = chinaDays.holidays;
const PACKAGE_MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = chinaDays.workdays;

const packageYears = Object.keys(PACKAGE_HOLIDAYS).map((date) => Number(date.slice(0, 4)));

/**
 * The years the installed `chinese-days` knows (2004 to 2026 in version 1.5.7). Later years need
 * a loaded schedule (`PUT /admin/calendars/cn/{year}`) or a newer package.
 */
export const CHINA_HOLIDAY_YEARS = {
  first: Math.min(...packageYears),
  last: Math.max(...packageYears),
} as const;

const inPackage = (year: number) => year >= CHINA_HOLIDAY_YEARS.first && year <= CHINA_HOLIDAY_YEARS.last;

function packageDays(data: Readonly<Record<string, string>>, year: number): ScheduleDay[] {
  return Object.entries(data)
    .filter(([date]) => date.startsWith(`${year}-`))
    .map(([date, names]) => {
      const [english, chinese] = names.split(",");
      return { date, name: [english, chinese].filter(Boolean).join(" / ") };
    });
}

/** The package's schedule of a year, in the shape an operator loads one; none outside its years. */
export function packageChinaSchedule(year: number): HolidaySchedule | undefined {
  if (!inPackage(year)) return undefined;
  return {
    year,
    holidays: packageDays(PACKAGE_HOLIDAYS, year),
    workdays: packageDays(PACKAGE_MAKE_UP_WORKDAYS, year),
  };
}

interface YearDays {
  holidays: ReadonlySet<LocalDate>;
  workdays: ReadonlySet<LocalDate>;
}

const daysOf = (schedule: HolidaySchedule): YearDays => ({
  holidays: new Set(schedule.holidays.map((d) => d.date)),
  workdays: new Set(schedule.workdays.map((d) => d.date)),
});

const PACKAGE_DAYS: YearDays = {
  holidays: new Set(Object.keys(PACKAGE_HOLIDAYS)),
  workdays: new Set(Object.keys(PACKAGE_MAKE_UP_WORKDAYS)),
};

/**
 * China's calendar with `loaded` schedules merged over the package's data: a loaded year
 * replaces the package's data for that year (an official notice is the whole year's schedule,
 * so a correction can also take a holiday away); every other year keeps the package's.
 * The team works Beijing time (no summer time), 09:00–18:00.
 */
export function chinaCalendar(loaded: readonly HolidaySchedule[] = []): BusinessCalendar {
  const loadedYears = new Map(loaded.map((schedule) => [schedule.year, daysOf(schedule)]));
  return {
    id: "cn",
    timeZone: "Asia/Shanghai",
    workdayStart: "09:00",
    workdayEnd: "18:00",
    isWorkday(date) {
      const days = loadedYears.get(Number(date.slice(0, 4))) ?? PACKAGE_DAYS;
      if (days.workdays.has(date)) return true;
      if (days.holidays.has(date)) return false;
      return isMondayToFriday(date);
    },
    hasHolidaySchedule: (year) => loadedYears.has(year) || inPackage(year),
  };
}
