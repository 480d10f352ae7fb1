import { type FirstResponseDue, firstResponseDue } from "#domain/first-response";
import type { Channel, PlanId } from "#domain/plans";
import { supportCalendar } from "#domain/support-calendars";
import { calendarRepository } from "#repositories/calendar-repository";
import { cachedFor } from "#shared/cached";
import { documentClient } from "#shared/dynamodb-client";
import { countBusinessEvent } from "#shared/metrics";
import { logger } from "#shared/observability";
import { supportRegion } from "#shared/support-region";
import { TABLE_NAME } from "#shared/table-name";

export const calendars = calendarRepository(documentClient, TABLE_NAME);

/**
 * How long a function instance keeps the loaded schedules: a schedule an operator loads counts
 * for new cases within this time, and intake reads the table for it once a minute, not per case.
 */
export const SCHEDULE_CACHE_SECONDS = 60;

/** The schedules, loaded at most once a minute; intake starts it beside its own reads, so a load is no extra request in a row. */
export const loadedSchedules = cachedFor(SCHEDULE_CACHE_SECONDS * 1000, () =>
  calendars.loadAll(supportRegion),
);

/**
 * The first-response target of a case submitted now, on the support calendar with the schedules
 * operators loaded. A count through a year without an official schedule is logged and counted:
 * its due time may fall on a holiday, and someone should load that year's schedule.
 */
export async function firstResponseTarget(input: {
  plan: PlanId;
  channel: Channel;
  submittedAt: Date;
}): Promise<FirstResponseDue> {
  const calendar = supportCalendar(supportRegion, await loadedSchedules());
  const target = firstResponseDue({ ...input, calendar });
  for (const year of target.yearsWithoutHolidaySchedule) {
    logger.warn("first response due counted without a holiday schedule", { calendar: calendar.id, year });
    countBusinessEvent("dueWithoutHolidaySchedule", { calendar: calendar.id, year: String(year) });
  }
  return target;
}
