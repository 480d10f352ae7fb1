import { randomUUID } from "node:crypto";
import { apiHandler } from "#shared/http";
import { giveFeedbackRoute } from "../routes/give-feedback";
import { feedback, idempotent } from "./feedback-store";

export const handler = apiHandler(
  giveFeedbackRoute,
  async ({ body: request }, caller) => {
    const recorded = {
      ...request,
      feedbackId: `${new Date().toISOString().replace(/[-:.]/g, "")}-${randomUUID().slice(0, 8)}`,
      authorId: caller.id,
      authorEmail: caller.email,
      status: "new" as const,
      at: new Date().toISOString(),
    };
    await feedback.record(recorded);
    return {
      status: 201,
      body: { feedbackId: recorded.feedbackId, status: recorded.status, message: "Thank you." },
    };
  },
  { use: [idempotent] },
);
