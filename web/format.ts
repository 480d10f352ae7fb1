import type { Language } from "./i18n";

/** A date and time in the reader's language and the browser's time zone. */
export function formatDateTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(instant));
}

/** A calendar day (YYYY-MM-DD, no time zone of its own) in the reader's language. */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

const BYTE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** A file size in the reader's language: 1.4 MB, 1.4 MB in zh-CN alike, bytes for tiny files. */
export function formatBytes(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(language === "en" ? "en-GB" : language, {
    style: "unit",
    unit: BYTE_UNITS[unit],
    unitDisplay: unit === 0 ? "long" : "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** Today's calendar day (YYYY-MM-DD) in the browser's time zone. */
export function today(): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is past. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An instant to the millisecond, as an event history needs it, in the reader's language and time zone. */
export function formatPreciseDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    fractionalSecondDigits: 3,
  }).format(new Date(epochMs));
}

const DURATION_UNITS = [
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
  ["second", 1],
] as const;

/**
 * A length of time as its largest unit and the next ("2 days 4 hr", "4 min 12 sec", "4分钟12秒")
 * in the reader's language; seconds show only under an hour, so a countdown ticks visibly while
 * it is close and stays calm while it is far.
 */
export function formatDuration(totalSeconds: number, language: Language): string {
  const locale = language === "en" ? "en-GB" : language;
  const whole = Math.max(0, Math.floor(totalSeconds));
  const units = whole >= 3_600 ? DURATION_UNITS.slice(0, 3) : DURATION_UNITS.slice(2);
  const amounts = units.map(([unit, seconds], index) => {
    const larger = units[index - 1]?.[1];
    return { unit, amount: Math.floor((larger ? whole % larger : whole) / seconds) };
  });
  const leading = amounts.findIndex((a) => a.amount > 0);
  const first = leading === -1 ? amounts.length - 1 : leading;
  const shown = amounts.slice(first, first + 2).filter((a, index) => index === 0 || a.amount > 0);
  const format = (a: (typeof amounts)[number]) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: a.unit, unitDisplay: "short" }).format(a.amount);
  return shown.map(format).join(language === "en" ? " " : "");
}

/** A time of day to the second (a list's "updated at"), in the reader's language and time zone. */
export function formatTime(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, { timeStyle: "medium" }).format(
    instant,
  );
}
