import { dateTimeFormat } from "./date-time-formats";

/**
 * What a time zone's wall clock shows at an instant. Intl knows every zone, but the first
 * Intl.DateTimeFormat of a process costs ~20 ms (V8 lists the locales it has), a fifth of a
 * function's cold start. The support regions' zones have kept one offset for decades, so from
 * then on they are answered by arithmetic; test/unit/zone-clock.test.ts holds that against Intl.
 */
const FIXED_OFFSETS: Readonly<Record<string, { sinceMs: number; offsetMs: number }>> = {
  UTC: { sinceMs: Number.NEGATIVE_INFINITY, offsetMs: 0 },
  // China has kept UTC+8 since its last summer time ended in September 1991.
  "Asia/Shanghai": { sinceMs: Date.UTC(1992, 0, 1), offsetMs: 8 * 3_600_000 },
};

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
}

/** The wall clock as Intl reads it, for any zone. */
export function intlWallClockMs(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** The zone's wall clock at `epochMs`, read as if it were UTC (milliseconds). */
export function wallClockMs(timeZone: string, epochMs: number): number {
  const fixed = FIXED_OFFSETS[timeZone];
  return fixed && epochMs >= fixed.sinceMs ? epochMs + fixed.offsetMs : intlWallClockMs(timeZone, epochMs);
}

/** Throws a RangeError for a zone Intl does not know (asked of Intl only for zones not listed above). */
export function assertKnownTimeZone(timeZone: string): void {
  if (!FIXED_OFFSETS[timeZone]) formatterFor(timeZone);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone: plans start and end on days. */
export function calendarDay(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(timeZone, instant.getTime())).toISOString().slice(0, 10);
}
