import { dateTimeFormat } from "./date-time-formats";

/** Languages the support center writes to customers in. */
export const LANGUAGES = ["en", "zh-CN"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The calendar date of an instant as a customer reads it, e.g. "25 November 2026" or "2026年11月25日". */
export function formatCalendarDate(instant: string, language: Language, timeZone: string): string {
  const locale = language === "en" ? "en-GB" : language;
  return dateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(instant));
}
