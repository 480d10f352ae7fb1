import { withdrawCase } from "#repositories/cases/withdraw-case";
import { apiHandler } from "#shared/http";
import { withdrawCaseRoute } from "../routes/withdraw-case";
import { caseTable } from "./case-store";
import { customerEventView } from "./case-views";

export const handler = apiHandler(withdrawCaseRoute, async ({ path: { number } }, caller) => {
  const withdrawn = await withdrawCase(caseTable, number, caller.id, new Date().toISOString());
  return { status: 200, body: customerEventView(withdrawn, caller.id) };
});
