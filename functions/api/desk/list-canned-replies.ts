import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { cannedReplies, cannedReplyView } from "./canned-reply-store";

/** The composer's list: every canned reply, for agents and admins. */
export const handler = apiHandler(ROUTES.listCannedReplies, async () => ({
  status: 200,
  body: { items: (await cannedReplies.list()).map(cannedReplyView) },
}));
