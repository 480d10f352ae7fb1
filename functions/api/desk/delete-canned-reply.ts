import { apiHandler } from "#shared/http";
import { deleteCannedReplyRoute } from "../routes/delete-canned-reply";
import { cannedReplies, noSuchCannedReply } from "./canned-reply-store";

export const handler = apiHandler(deleteCannedReplyRoute, async ({ path: { cannedReplyId } }) => {
  if (!(await cannedReplies.remove(cannedReplyId))) throw noSuchCannedReply(cannedReplyId);
  return { status: 204, body: undefined };
});
