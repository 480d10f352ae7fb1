import { apiHandler } from "#shared/http";
import { getCaseRoute } from "../routes/get-case";
import { caseETag, caseViewFor, eventViewFor } from "./case-views";
import { visibleCaseWithEvents } from "./case-with-events";

export const handler = apiHandler(getCaseRoute, async ({ path: { number } }, caller) => {
  const { record, events } = await visibleCaseWithEvents(caller, number);
  return {
    status: 200,
    headers: { etag: caseETag(record.version) },
    body: {
      ...caseViewFor(caller, record),
      events: events.map((e) => eventViewFor(caller, e, record.customerId)),
    },
  };
});
