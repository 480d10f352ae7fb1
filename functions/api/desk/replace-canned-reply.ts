import { apiHandler } from "#shared/http";
import { replaceCannedReplyRoute } from "../routes/replace-canned-reply";
import { cannedReplies, cannedReplyView, noSuchCannedReply } from "./canned-reply-store";

export const handler = apiHandler(
  replaceCannedReplyRoute,
  async ({ path: { cannedReplyId }, body }, caller) => {
    const found = await cannedReplies.get(cannedReplyId);
    if (!found) throw noSuchCannedReply(cannedReplyId);
    const reply = { ...found, ...body, updatedAt: new Date().toISOString(), updatedBy: caller.id };
    // Deleted meanwhile: the conditional write says so, and nothing comes back to life.
    if (!(await cannedReplies.replace(reply))) throw noSuchCannedReply(cannedReplyId);
    return { status: 200, body: cannedReplyView(reply) };
  },
);
