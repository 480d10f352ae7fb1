import { isStaff } from "#shared/caller";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { cases } from "./case-store";
import { caseView, eventView } from "./case-views";

export const handler = apiHandler(ROUTES.getCase, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const found = await cases.loadCase(number);
  // Another customer's case answers exactly like a missing one: no hint that it exists.
  if (!found || (!isStaff(caller) && found.customerId !== caller.id)) {
    throw problems.notFound(`There is no case ${number}.`);
  }
  const events = await cases.listCaseEvents(number);
  return { status: 200, body: { ...caseView(found), events: events.map(eventView) } };
});
