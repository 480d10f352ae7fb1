import { apiHandler } from "#shared/http";
import { getCannedReplyRoute } from "../routes/get-canned-reply";
import { cannedReplies, cannedReplyView, noSuchCannedReply } from "./canned-reply-store";

export const handler = apiHandler(getCannedReplyRoute, async ({ path: { cannedReplyId } }) => {
  const found = await cannedReplies.get(cannedReplyId);
  if (!found) throw noSuchCannedReply(cannedReplyId);
  return { status: 200, body: cannedReplyView(found) };
});
