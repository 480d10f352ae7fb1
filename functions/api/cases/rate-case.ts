import { apiHandler } from "#shared/http";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath, RatingRequest } from "../schemas";
import { cases } from "./case-store";

export const handler = apiHandler(ROUTES.rateCase, async (event, caller) => {
  const { number } = parsePathParameters(event, CasePath);
  const rating = parseJsonBody(event, RatingRequest);
  await cases.rateCase(number, caller.id, rating, new Date().toISOString());
  return { status: 201, body: { caseNumber: number, ...rating } };
});
