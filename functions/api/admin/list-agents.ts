import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { listAgentsRoute } from "../routes/list-agents";
import { AGENT_GROUP, staff } from "./staff-store";

/** The admin console's list of support engineers, a page at a time (Cognito's own paging). */
export const handler = apiHandler(listAgentsRoute, async ({ query: { limit, cursor } }) => {
  const page = await staff.listGroup(AGENT_GROUP, Math.min(limit, 60), cursor);
  if (!page)
    throw problems.validation([{ field: "query.cursor", message: "is not a cursor this API issued" }]);
  return {
    status: 200,
    body: { items: page.items, ...(page.nextToken ? { nextCursor: page.nextToken } : {}) },
  };
});
