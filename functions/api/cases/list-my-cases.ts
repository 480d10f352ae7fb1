import type { CaseStatus } from "#domain/support-case";
import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { parseQuery } from "#shared/request";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { ListCasesQuery } from "../schemas";
import { cases } from "./case-store";
import { caseView } from "./case-views";

const OPEN_STATUSES = ["awaiting_support", "awaiting_customer", "no_customer_response"] as const;

function statusesFor(
  filter: "open" | "resolved" | "withdrawn" | undefined,
): readonly CaseStatus[] | undefined {
  if (filter === undefined) return undefined;
  return filter === "open" ? OPEN_STATUSES : [filter];
}

export const handler = apiHandler(ROUTES.listMyCases, async (event, caller) => {
  const query = parseQuery(event, ListCasesQuery);
  const page = await cases.listCustomerCases(
    caller.id,
    query.limit,
    startKeyOf(query.cursor, cursorShapes.customerCases(caller.id)),
    statusesFor(query.status),
  );
  return { status: 200, body: { items: page.items.map(caseView), nextCursor: page.nextCursor } };
});
