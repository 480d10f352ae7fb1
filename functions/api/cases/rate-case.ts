import { rateCase } from "#repositories/cases/rate-case";
import { apiHandler } from "#shared/http";
import { rateCaseRoute } from "../routes/rate-case";
import { caseTable } from "./case-store";

export const handler = apiHandler(rateCaseRoute, async ({ path: { number }, body: rating }, caller) => {
  await rateCase(caseTable, number, caller.id, rating, new Date().toISOString());
  return { status: 201, body: { caseNumber: number, ...rating } };
});
