import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { visibleCase, visibleEvents } from "./case-access";
import { caseViewFor, eventViewFor } from "./case-views";

export const handler = apiHandler(ROUTES.getCase, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const found = await visibleCase(caller, number);
  const events = await visibleEvents(caller, number);
  return {
    status: 200,
    body: {
      ...caseViewFor(caller, found),
      events: events.map((e) => eventViewFor(caller, e, found.customerId)),
    },
  };
});
