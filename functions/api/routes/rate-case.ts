import { Rating } from "../responses/cases";
import { CasePath, RatingRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const rateCaseRoute = {
  method: "POST",
  path: "/cases/{number}/rating",
  groups: ["customer"],
  entry: "functions/api/cases/rate-case.ts",
  summary: "Rate a resolved case from 1 to 5 with a comment, once",
  params: CasePath,
  body: RatingRequest,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "The customer rates their resolved case from 1 to 5, with an optional comment, once. 409 when the case is not resolved or was rated already.",
  responses: { 201: { description: "The rating", body: Rating } },
  problems: [404, 409],
  example: { body: { score: 5, comment: "Quick and clear answer." } },
} as const satisfies RouteDefinition;
