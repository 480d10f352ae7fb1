import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { feedback } from "./feedback-store";

export const handler = apiHandler(ROUTES.listFeedback, async ({ query }) => {
  return {
    status: 200,
    body: await feedback.list(query.limit, startKeyOf(query.cursor, cursorShapes.feedback()), {
      status: query.status,
      kind: query.kind,
    }),
  };
});
