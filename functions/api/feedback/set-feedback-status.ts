import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { setFeedbackStatusRoute } from "../routes/set-feedback-status";
import { feedback } from "./feedback-store";

export const handler = apiHandler(
  setFeedbackStatusRoute,
  async ({ path: { feedbackId }, body: { status } }) => {
    const changed = await feedback.setStatus(feedbackId, status);
    if (!changed) throw problems.notFound(`There is no feedback ${feedbackId}.`);
    return { status: 200, body: changed };
  },
);
