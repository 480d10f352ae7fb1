import { apiHandler } from "#shared/http";
import { parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath } from "../schemas";
import { cases } from "./case-store";
import { customerEventView } from "./case-views";

export const handler = apiHandler(ROUTES.withdrawCase, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const withdrawn = await cases.withdrawCase(number, caller.id, new Date().toISOString());
  return { status: 200, body: customerEventView(withdrawn, caller.id) };
});
