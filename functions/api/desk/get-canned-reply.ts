import { apiHandler } from "#shared/http";
import { ROUTES } from "../routes";
import { cannedReplies, cannedReplyView, noSuchCannedReply } from "./canned-reply-store";

export const handler = apiHandler(ROUTES.getCannedReply, async ({ path: { cannedReplyId } }) => {
  const found = await cannedReplies.get(cannedReplyId);
  if (!found) throw noSuchCannedReply(cannedReplyId);
  return { status: 200, body: cannedReplyView(found) };
});
