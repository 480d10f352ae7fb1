import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { startKeyOf } from "../pagination";
import { listFeedbackRoute } from "../routes/list-feedback";
import { feedback } from "./feedback-store";

export const handler = apiHandler(listFeedbackRoute, async ({ query }) => {
  return {
    status: 200,
    body: await feedback.list(query.limit, startKeyOf(query.cursor, cursorShapes.feedback()), {
      status: query.status,
      kind: query.kind,
    }),
  };
});
