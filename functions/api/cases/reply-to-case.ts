import { apiHandler } from "#shared/http";
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
    return { status: 201, body: eventView(reply) };
  },
  [idempotent],
);
