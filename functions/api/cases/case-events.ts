import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { visibleCase, visibleEvents } from "./case-access";
import { eventViewFor } from "./case-views";

export const handler = apiHandler(ROUTES.caseEvents, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const { customerId } = await visibleCase(caller, number);
  const events = await visibleEvents(caller, number);
  return { status: 200, body: { items: events.map((e) => eventViewFor(caller, e, customerId)) } };
});
