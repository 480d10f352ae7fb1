import { Feedback } from "../responses/feedback";
import { FeedbackPath, FeedbackStatusRequest } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const setFeedbackStatusRoute = {
  method: "PATCH",
  path: "/admin/feedback/{feedbackId}",
  groups: STAFF,
  entry: "functions/api/feedback/set-feedback-status.ts",
  summary: "Move a feedback on: new, reviewed or answered",
  params: FeedbackPath,
  body: FeedbackStatusRequest,
  needs: { table: "write" },
  tags: ["feedback"],
  description: "Moves a feedback on: `new`, `reviewed` or `answered`.",
  responses: { 200: { description: "The feedback as changed", body: Feedback } },
  problems: [404],
  example: { body: { status: "reviewed" } },
} as const satisfies RouteDefinition;
