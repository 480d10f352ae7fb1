import { firstResponseState } from "#domain/first-response";
import { apiHandler } from "#shared/http";
import { countFirstResponseBreach } from "#shared/metrics";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath, SupportReplyRequest } from "../schemas";
import { cases, idempotent } from "./case-store";
import { eventView } from "./case-views";

export const handler = apiHandler(
  ROUTES.replyToCase,
  async (event, caller) => {
    const { number } = parsePathParameters(event, CasePath);
    const { message } = parseJsonBody(event, SupportReplyRequest);
    const reply = await cases.recordSupportReply(number, caller.id, message, new Date().toISOString());
    const answered = await cases.loadCase(number);
    // This reply was the first response, and it came late: count the breach.
    if (answered?.firstResponseAt === reply.at && answered.firstResponseDueAt) {
      const state = firstResponseState({
        dueAt: new Date(answered.firstResponseDueAt),
        firstResponseAt: new Date(reply.at),
        now: new Date(reply.at),
      });
      if (state.breached) countFirstResponseBreach(answered.plan);
    }
    return { status: 201, body: eventView(reply) };
  },
  [idempotent],
);
