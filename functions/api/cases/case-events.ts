import { apiHandler } from "#shared/http";
import { caseEventsRoute } from "../routes/case-events";
import { eventViewFor } from "./case-views";
import { visibleCaseWithEvents } from "./case-with-events";

export const handler = apiHandler(caseEventsRoute, async ({ path: { number } }, caller) => {
  const { record, events } = await visibleCaseWithEvents(caller, number);
  return { status: 200, body: { items: events.map((e) => eventViewFor(caller, e, record.customerId)) } };
});
