import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { cannedReplies, noSuchCannedReply } from "./canned-reply-store";

export const handler = apiHandler(ROUTES.deleteCannedReply, async ({ path: { cannedReplyId } }) => {
  if (!(await cannedReplies.remove(cannedReplyId))) throw noSuchCannedReply(cannedReplyId);
  return { status: 204, body: undefined };
});
