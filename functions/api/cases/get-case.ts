import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { visibleCase, visibleEvents } from "./case-access";
import { caseViewFor, eventViewFor } from "./case-views";
import { caseETag } from "./stale-view";

export const handler = apiHandler(ROUTES.getCase, async ({ path: { number } }, caller) => {
  const found = await visibleCase(caller, number);
  const events = await visibleEvents(caller, number);
  return {
    status: 200,
    headers: { etag: caseETag(found.version) },
    body: {
      ...caseViewFor(caller, found),
      events: events.map((e) => eventViewFor(caller, e, found.customerId)),
    },
  };
});
