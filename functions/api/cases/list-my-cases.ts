import { type CaseStatus, CLOSED_STATUSES, OPEN_STATUSES } from "#domain/support-case";
import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { parseQuery } from "#shared/request";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { type CASE_LIST_FILTERS, ListCasesQuery } from "../schemas";
import { cases } from "./case-store";
import { caseViewFor } from "./case-views";

/** `open` and `closed` split the statuses by the domain's one definition of an open case. */
function statusesFor(
  filter: (typeof CASE_LIST_FILTERS)[number] | undefined,
): readonly CaseStatus[] | undefined {
  if (filter === undefined) return undefined;
  if (filter === "open") return OPEN_STATUSES;
  if (filter === "closed") return CLOSED_STATUSES;
  return [filter];
}

export const handler = apiHandler(ROUTES.listMyCases, async (event, caller) => {
  const query = parseQuery(event, ListCasesQuery);
  const page = await cases.listCustomerCases(
    caller.id,
    query.limit,
    startKeyOf(query.cursor, cursorShapes.customerCases(caller.id)),
    statusesFor(query.status),
  );
  return {
    status: 200,
    body: { items: page.items.map((found) => caseViewFor(caller, found)), nextCursor: page.nextCursor },
  };
});
