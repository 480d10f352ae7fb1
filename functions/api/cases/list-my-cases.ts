import { apiHandler } from "#shared/http";
import { parseQuery } from "#shared/request";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { ListCasesQuery } from "../schemas";
import { cases } from "./case-store";
import { caseView } from "./case-views";

export const handler = apiHandler(ROUTES.listMyCases, async (event, caller) => {
  const query = parseQuery(event, ListCasesQuery);
  const page = await cases.listCustomerCases(caller.id, query.limit, startKeyOf(query.cursor));
  return { status: 200, body: { items: page.items.map(caseView), nextCursor: page.nextCursor } };
});
