import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { caseList } from "./case-store";
import { caseViewFor } from "./case-views";

/** The agent queue, from its own sparse index: never a Scan. */
export const handler = apiHandler(
  ROUTES.caseQueue,
  async ({ query: { limit, cursor, ...filters } }, caller) => {
    const page = await caseList.listQueue(filters, limit, startKeyOf(cursor, cursorShapes.openCaseQueue()));
    return {
      status: 200,
      body: { items: page.items.map((c) => caseViewFor(caller, c)), nextCursor: page.nextCursor },
    };
  },
);
