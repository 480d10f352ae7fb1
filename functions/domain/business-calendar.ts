/**
 * Business calendars of the support regions, and business-day arithmetic on them (DOMAIN.md
 * section 4, "Acknowledgement time"; the first-response targets of Table A count in business days).
 *
 * Pure: no clock, no I/O. Wall clocks come from zone-clock.ts (Intl's IANA database, or a fixed
 * offset where it is known to hold), so a region in a zone with summer time is handled as well as
 * one without.
 *
 * Semantics, in one place:
 * - Working hours are [workdayStart, workdayEnd) local wall time on a workday: 09:00 is inside,
 *   18:00 is already outside.
 * - A business day is one full working-day span (09:00–18:00, nine hours of business time).
 * - `addBusinessDays` first moves `from` to the next business moment (itself when inside working
 *   hours, else the next workday's opening), then adds `days` working-day spans. The result is the
 *   same wall-clock time `days` workdays later, with one rule for the boundary: a target that would
 *   land exactly on a workday's opening lands instead on the previous workday's close (18:00). Both
 *   are the same moment in business time; the close is the earlier instant and says what staff and
 *   customers mean ("submitted Friday night, answered by the end of Monday"), not "by Tuesday 09:00".
 *   So a due instant is always on a workday, after its opening and at the latest at its close.
 */

import { assertKnownTimeZone, wallClockMs } from "./zone-clock";

/** A calendar date in a region's own time zone, "YYYY-MM-DD". */
export type LocalDate = string;

export interface BusinessCalendar {
  id: string;
  /** IANA time zone the working hours and workdays are reckoned in. */
  timeZone: string;
  /** Opening, local wall time "HH:MM". */
  workdayStart: string;
  /** Closing, local wall time "HH:MM"; working hours end just before it. */
  workdayEnd: string;
  /** Whether staff work on this local date. */
  isWorkday(date: LocalDate): boolean;
  /**
   * Whether an official public-holiday schedule of a year is known, on a calendar with public
   * holidays (absent on plain-week calendars). A year without one counts as plain Monday–Friday
   * weeks, and first-response rules say so (see `yearsWithoutHolidaySchedule`).
   */
  hasHolidaySchedule?(year: number): boolean;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far to look for a next workday before deciding a calendar has none (a whole year and more). */
const WORKDAY_SEARCH_LIMIT = 400;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `date` is a real "YYYY-MM-DD" calendar date (2027-02-30 is not). */
export function isLocalDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian, no time zone involved). */
function dayNumber(date: LocalDate): number {
  const m = DATE_PATTERN.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Not Date.UTC: it reads years 0-99 as 1900-1999.
  const ms = new Date(0).setUTCFullYear(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`No such date: ${date}`);
  }
  return ms / DAY_MS;
}

function dateOfDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const isMondayToFriday = (date: LocalDate) => {
  const w = weekdayOf(date);
  return w >= 1 && w <= 5;
};

function minutesOf(time: string): number {
  const m = TIME_PATTERN.exec(time);
  if (!m) throw new RangeError(`Not an HH:MM time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Opening and closing as milliseconds after local midnight. */
function workingHours(calendar: BusinessCalendar): { startMs: number; endMs: number } {
  const startMs = minutesOf(calendar.workdayStart) * MINUTE_MS;
  const endMs = minutesOf(calendar.workdayEnd) * MINUTE_MS;
  if (endMs <= startMs) {
    throw new RangeError(`Calendar ${calendar.id}: the workday must end after it starts`);
  }
  return { startMs, endMs };
}

// ---------------------------------------------------------------------------------------------
// Local dates and times (zone-clock.ts reads the zone's wall clock).

function assertValidInstant(at: Date): number {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid date");
  return t;
}

/** A local date and the milliseconds since local midnight of an instant in a time zone. */
export function toLocal(timeZone: string, at: Date): { date: LocalDate; msOfDay: number } {
  const wall = wallClockMs(timeZone, assertValidInstant(at));
  const day = Math.floor(wall / DAY_MS);
  return { date: dateOfDayNumber(day), msOfDay: wall - day * DAY_MS };
}

/**
 * The instant at which the zone's wall clock shows `msOfDay` on `date`. Found by iterating the
 * offset: guess with the offset at the wall time read as UTC, then correct with the offset at the
 * guess. A wall time skipped by a spring-forward gap comes out shifted forward by the gap; one that
 * occurs twice in an autumn fall-back comes out as one of the two. Working hours never fall in
 * either in the zones we use, but nothing here assumes a zone without summer time.
 */
export function fromLocal(timeZone: string, date: LocalDate, msOfDay: number): Date {
  const wall = dayNumber(date) * DAY_MS + msOfDay;
  const firstOffset = wallClockMs(timeZone, wall) - wall;
  let t = wall - firstOffset;
  const secondOffset = wallClockMs(timeZone, t) - t;
  if (secondOffset !== firstOffset) t = wall - secondOffset;
  return new Date(t);
}

// ---------------------------------------------------------------------------------------------
// Calendars.

/** The first workday strictly after `date`. */
function nextWorkdayAfter(calendar: BusinessCalendar, date: LocalDate): LocalDate {
  let d = date;
  for (let i = 0; i < WORKDAY_SEARCH_LIMIT; i++) {
    d = addCalendarDays(d, 1);
    if (calendar.isWorkday(d)) return d;
  }
  throw new RangeError(
    `Calendar ${calendar.id} has no workday within ${WORKDAY_SEARCH_LIMIT} days of ${date}`,
  );
}

/** The `n`-th workday after `date` (n = 0 is `date` itself, which must then be a workday). */
function nthWorkdayAfter(calendar: BusinessCalendar, date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let i = 0; i < n; i++) d = nextWorkdayAfter(calendar, d);
  return d;
}

/** Whether `at` falls in working hours: on a workday, at or after opening and before closing. */
export function isWithinBusinessHours(calendar: BusinessCalendar, at: Date): boolean {
  const { startMs, endMs } = workingHours(calendar);
  const local = toLocal(calendar.timeZone, at);
  return calendar.isWorkday(local.date) && local.msOfDay >= startMs && local.msOfDay < endMs;
}

/** `at` itself when within working hours, otherwise the opening of the next workday. */
export function nextBusinessMoment(calendar: BusinessCalendar, at: Date): Date {
  const { startMs, endMs } = workingHours(calendar);
  const local = toLocal(calendar.timeZone, at);
  if (calendar.isWorkday(local.date)) {
    if (local.msOfDay < startMs) return fromLocal(calendar.timeZone, local.date, startMs);
    if (local.msOfDay < endMs) return new Date(at.getTime());
  }
  return fromLocal(calendar.timeZone, nextWorkdayAfter(calendar, local.date), startMs);
}

/**
 * `days` business days after `from` (a whole number, 0 or more). See the top of this file for the
 * rule: start at the next business moment, keep its wall-clock time `days` workdays later, and a
 * target at a workday's opening is reported as the previous workday's close. `days` = 0 gives the
 * next business moment.
 */
export function addBusinessDays(calendar: BusinessCalendar, from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Business days must be a whole number, 0 or more: ${days}`);
  }
  const start = nextBusinessMoment(calendar, from);
  if (days === 0) return start;
  const { startMs, endMs } = workingHours(calendar);
  const local = toLocal(calendar.timeZone, start);
  if (local.msOfDay === startMs) {
    // Opening + N full days ends at the close of the N-th workday counting the start's own.
    return fromLocal(calendar.timeZone, nthWorkdayAfter(calendar, local.date, days - 1), endMs);
  }
  return fromLocal(calendar.timeZone, nthWorkdayAfter(calendar, local.date, days), local.msOfDay);
}

/** A calendar of plain Monday–Friday weeks, 09:00–18:00, without public holidays. */
export function weekdaysCalendar(id: string, timeZone: string): BusinessCalendar {
  assertKnownTimeZone(timeZone); // an unknown zone fails here, when the calendar is made, not mid-case
  return { id, timeZone, workdayStart: "09:00", workdayEnd: "18:00", isWorkday: isMondayToFriday };
}

/**
 * The years from `from` to `to` (local dates in the calendar's zone) that have no official
 * holiday schedule, on a calendar with public holidays: a due time counted through them treats
 * every weekday as a workday. Empty on plain-week calendars.
 */
export function yearsWithoutHolidaySchedule(calendar: BusinessCalendar, from: Date, to: Date): number[] {
  const known = calendar.hasHolidaySchedule;
  if (!known) return [];
  const yearOf = (at: Date) => Number(toLocal(calendar.timeZone, at).date.slice(0, 4));
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) if (!known(year)) years.push(year);
  return years;
}
