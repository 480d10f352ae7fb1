import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { visibleCase, visibleEvents } from "./case-access";
import { eventViewFor } from "./case-views";

export const handler = apiHandler(ROUTES.caseEvents, async ({ path: { number } }, caller) => {
  const { customerId } = await visibleCase(caller, number);
  const events = await visibleEvents(caller, number);
  return { status: 200, body: { items: events.map((e) => eventViewFor(caller, e, customerId)) } };
});
