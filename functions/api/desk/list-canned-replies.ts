import { apiHandler } from "#shared/http";
import { listCannedRepliesRoute } from "../routes/list-canned-replies";
import { cannedReplies, cannedReplyView } from "./canned-reply-store";

/** The composer's list: every canned reply, for agents and admins. */
export const handler = apiHandler(listCannedRepliesRoute, async () => ({
  status: 200,
  body: { items: (await cannedReplies.list()).map(cannedReplyView) },
}));
