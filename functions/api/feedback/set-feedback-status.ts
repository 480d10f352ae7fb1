import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { FeedbackPath, FeedbackStatusRequest } from "../schemas";
import { feedback } from "./feedback-store";

export const handler = apiHandler(ROUTES.setFeedbackStatus, async (event) => {
  const { feedbackId } = parsePathParameters(event, FeedbackPath);
  const { status } = parseJsonBody(event, FeedbackStatusRequest);
  const changed = await feedback.setStatus(feedbackId, status);
  if (!changed) throw problems.notFound(`There is no feedback ${feedbackId}.`);
  return { status: 200, body: changed };
});
