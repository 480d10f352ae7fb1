/**
 * First-response targets ("acknowledgement time", DOMAIN.md section 4): when a case must get its
 * first answer from a support engineer, from the case's plan and channel (Table A in `plans.ts`),
 * and whether that target was missed. Pure: the current time is always a parameter.
 */
import { addBusinessDays, type BusinessCalendar, yearsWithoutHolidaySchedule } from "./business-calendar";
import { type Channel, PLANS, type PlanId } from "./plans";

const HOUR_MS = 3_600_000;

export interface FirstResponseDue {
  /** When the first response is due; undefined when the channel counts as answered at once. */
  dueAt: Date | undefined;
  /** The rule applied, in words, kept with the case so a target can be explained later. */
  rule: string;
  /**
   * Years the count went through without an official holiday schedule (counted as plain
   * weeks, which the rule says): a holiday there may have been taken for a workday.
   */
  yearsWithoutHolidaySchedule: number[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "; no official 2027 holiday calendar loaded: weekends only", or nothing when every year is known. */
function missingScheduleNote(years: number[]): string {
  if (years.length === 0) return "";
  const calendars = years.length === 1 ? "calendar" : "calendars";
  return `; no official ${years.join(" and ")} holiday ${calendars} loaded: weekends only`;
}

/**
 * The first-response due time of a case submitted at `submittedAt` on `channel` under `plan`:
 * - business days: counted on the support region's `calendar` (`addBusinessDays`);
 * - calendar days: exactly N × 24 hours, whatever the weekday, holiday or region;
 * - immediate (chat, phone): no due time, the conversation is the first response.
 * A channel the plan does not offer is a programming error (entitlement refuses it first): throws.
 */
export function firstResponseDue(input: {
  plan: PlanId;
  channel: Channel;
  submittedAt: Date;
  calendar: BusinessCalendar;
}): FirstResponseDue {
  const { plan, channel, submittedAt, calendar } = input;
  if (Number.isNaN(submittedAt.getTime())) throw new RangeError("Invalid submission time");
  const target = PLANS[plan].firstResponse[channel];
  if (!target) throw new RangeError(`${PLANS[plan].name} has no ${channel} channel`);
  switch (target.kind) {
    case "immediate":
      return {
        dueAt: undefined,
        rule: `${channel}: answered at once (${target.note})`,
        yearsWithoutHolidaySchedule: [],
      };
    case "calendar-days":
      return {
        dueAt: new Date(submittedAt.getTime() + target.amount * 24 * HOUR_MS),
        rule: `${channel}: ${plural(target.amount, "calendar day")} (${target.amount * 24} hours, weekends and holidays included)`,
        yearsWithoutHolidaySchedule: [],
      };
    case "business-days": {
      const dueAt = addBusinessDays(calendar, submittedAt, target.amount);
      const unknownYears = yearsWithoutHolidaySchedule(calendar, submittedAt, dueAt);
      return {
        dueAt,
        rule: `${channel}: ${plural(target.amount, "business day")} on the ${calendar.id} calendar (${calendar.timeZone}, ${calendar.workdayStart}–${calendar.workdayEnd} on workdays)${missingScheduleNote(unknownYears)}`,
        yearsWithoutHolidaySchedule: unknownYears,
      };
    }
  }
}

export interface FirstResponseState {
  /** Answered after the due time, or still unanswered after it. Answering exactly on time is met. */
  breached: boolean;
  /**
   * While unanswered and there is a due time: whole seconds until it, rounded down, so negative
   * once overdue (breached exactly when this is below zero). Absent once answered (the clock stops)
   * and for channels answered at once.
   */
  timeLeftSeconds?: number;
}

export function firstResponseState(input: {
  dueAt: Date | undefined;
  firstResponseAt?: Date | undefined;
  now: Date;
}): FirstResponseState {
  const { dueAt, firstResponseAt, now } = input;
  if (!dueAt) return { breached: false };
  const due = dueAt.getTime();
  if (firstResponseAt) return { breached: firstResponseAt.getTime() > due };
  return { breached: now.getTime() > due, timeLeftSeconds: Math.floor((due - now.getTime()) / 1000) };
}

/**
 * Which Table A target a case's channel is measured by: web forms and e-mail by the e-mail
 * target; chat and phone by theirs, where the plan offers that channel (else by e-mail).
 */
export function targetChannelFor(plan: PlanId, caseChannel: "web" | "email" | "chat" | "phone"): Channel {
  if (caseChannel === "chat" || caseChannel === "phone") {
    return PLANS[plan].channels.includes(caseChannel) ? caseChannel : "email";
  }
  return "email";
}
