import { type CaseStatus, CLOSED_STATUSES, OPEN_STATUSES } from "#domain/support-case";
import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import type { RequestInput } from "#shared/request";
import { startKeyOf } from "../pagination";
import { listMyCasesRoute } from "../routes/list-my-cases";
import { caseList } from "./case-list-store";
import { caseViewFor } from "./case-views";

/** `open` and `closed` split the statuses by the domain's one definition of an open case. */
function statusesFor(
  filter: RequestInput<typeof listMyCasesRoute>["query"]["status"],
): readonly CaseStatus[] | undefined {
  if (filter === undefined) return undefined;
  if (filter === "open") return OPEN_STATUSES;
  if (filter === "closed") return CLOSED_STATUSES;
  return [filter];
}

export const handler = apiHandler(listMyCasesRoute, async ({ query }, caller) => {
  const page = await caseList.listCustomerCases(
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
