import { cursorShapes } from "#repositories/cursor";
import { apiHandler } from "#shared/http";
import { parseQuery } from "#shared/request";
import { startKeyOf } from "../pagination";
import { ROUTES } from "../routes";
import { PageQuery } from "../schemas";
import { feedback } from "./feedback-store";

export const handler = apiHandler(ROUTES.listFeedback, async (event) => {
  const query = parseQuery(event, PageQuery);
  return {
    status: 200,
    body: await feedback.list(query.limit, startKeyOf(query.cursor, cursorShapes.feedback())),
  };
});
