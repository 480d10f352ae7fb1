import { FeedbackReceived } from "../responses/feedback";
import { FeedbackRequest } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const giveFeedbackRoute = {
  method: "POST",
  path: "/feedback",
  groups: EVERYONE,
  entry: "functions/api/feedback/give-feedback.ts",
  summary: "Suggestions, complaints, thanks or praise about products, support or the site",
  body: FeedbackRequest,
  needs: { table: "write" },
  tags: ["feedback"],
  description:
    "A suggestion, complaint, thanks or praise about a product, support or the site, optionally about a case. Every feedback is tracked until staff answer it.",
  responses: { 201: { description: "Recorded", body: FeedbackReceived } },
  idempotencyKey: true,
  example: {
    body: {
      kind: "praise",
      about: "support",
      text: "The restore guide saved our weekend.",
      caseNumber: "00000042",
    },
  },
} as const satisfies RouteDefinition;
