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
