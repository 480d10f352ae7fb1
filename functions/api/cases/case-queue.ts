import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { startKeyOf } from "../pagination";
import { caseQueueRoute } from "../routes/case-queue";
import { caseList } from "./case-list-store";
import { caseViewFor } from "./case-views";

/** The agent queue, from its own sparse index: never a Scan. */
export const handler = apiHandler(
  caseQueueRoute,
  async ({ query: { limit, cursor, mine, unassigned, assigneeId, ...filters } }, caller) => {
    // "Mine" is the caller as assignee; with another assigneeId too, nothing matches both.
    const assignee = mine ? caller.id : assigneeId;
    const conflicting = mine && assigneeId !== undefined && assigneeId !== caller.id;
    const startKey = startKeyOf(cursor, cursorShapes.openCaseQueue());
    const page = conflicting
      ? { items: [], nextCursor: undefined }
      : await caseList.listQueue(
          { ...filters, assigneeId: assignee, unassigned: unassigned === true },
          limit,
          startKey,
        );
    return {
      status: 200,
      body: { items: page.items.map((c) => caseViewFor(caller, c)), nextCursor: page.nextCursor },
    };
  },
);
