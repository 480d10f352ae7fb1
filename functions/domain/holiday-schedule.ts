/**
 * A year's official public-holiday schedule, as a government publishes it: the holidays, and the
 * make-up workdays (weekend days worked to bridge a holiday, 调休). Operators load a year this way
 * when the holiday package does not know it yet (China's State Council announces the next year's
 * schedule in about November). Pure: the rules a schedule must meet before it counts.
 */
import { isLocalDate, type LocalDate, weekdayOf } from "./business-calendar";

export interface ScheduleDay {
  date: LocalDate;
  /** The holiday's name, e.g. "New Year's Day / 元旦"; for a make-up workday, the holiday it bridges. */
  name?: string;
}

export interface HolidaySchedule {
  year: number;
  holidays: ScheduleDay[];
  workdays: ScheduleDay[];
}

/**
 * What a plausible schedule looks like. China's have had 22 to 33 holiday dates (weekends inside
 * a holiday included) and 5 to 12 make-up workdays a year since 2004; the limits leave room for
 * an unusual year and refuse a whole year's dates pasted by mistake.
 */
export const SCHEDULE_LIMITS = {
  firstYear: 2000,
  lastYear: 2099,
  minHolidays: 1,
  maxHolidays: 60,
  maxWorkdays: 20,
  maxNameLength: 100,
} as const;

export interface ScheduleProblem {
  /** The offending entry's path in the request body, e.g. "workdays.2.date". */
  field: string;
  message: string;
}

/** Everything wrong with a schedule for its year, entry by entry; empty when it may be loaded. */
export function scheduleProblems(schedule: HolidaySchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const holidays = new Set<LocalDate>();
  const check = (list: "holidays" | "workdays", seen: Set<LocalDate>) =>
    schedule[list].forEach(({ date }, index) => {
      const field = `${list}.${index}.date`;
      const problem = dateProblem(schedule.year, date, list, seen, holidays);
      if (problem) problems.push({ field, message: problem });
      seen.add(date);
    });
  check("holidays", holidays);
  check("workdays", new Set());
  return problems;
}

function dateProblem(
  year: number,
  date: LocalDate,
  list: "holidays" | "workdays",
  seen: Set<LocalDate>,
  holidays: Set<LocalDate>,
): string | undefined {
  if (!isLocalDate(date)) return "must be a real date, YYYY-MM-DD";
  if (!date.startsWith(`${year}-`)) return `must be in ${year}`;
  if (seen.has(date)) return "is listed twice";
  if (list === "holidays") return undefined;
  if (holidays.has(date)) return "is also listed as a holiday: a day is either off or worked";
  const weekday = weekdayOf(date);
  if (weekday !== 0 && weekday !== 6) return "must be a Saturday or Sunday: weekdays are workdays anyway";
  return undefined;
}
