import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { visibleCase, visibleEvents } from "./case-access";
import { eventView } from "./case-views";

export const handler = apiHandler(ROUTES.caseEvents, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  await visibleCase(caller, number);
  return { status: 200, body: { items: (await visibleEvents(caller, number)).map(eventView) } };
});
