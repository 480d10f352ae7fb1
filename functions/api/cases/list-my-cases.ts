import { decodeCursor } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { parseQuery } from "#shared/request";
import { ROUTES } from "../routes";
import { ListCasesQuery } from "../schemas";
import { cases } from "./case-store";
import { caseView } from "./case-views";

export const handler = apiHandler(ROUTES.listMyCases, async (event, caller) => {
  const query = parseQuery(event, ListCasesQuery);
  const startKey = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !startKey) {
    throw problems.validation([{ field: "query.cursor", message: "is not a cursor this API issued" }]);
  }
  const page = await cases.listCustomerCases(caller.id, query.limit, startKey);
  return { status: 200, body: { items: page.items.map(caseView), nextCursor: page.nextCursor } };
});
