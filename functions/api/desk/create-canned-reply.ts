import { randomUUID } from "node:crypto";
import { apiHandler } from "#shared/http";
import { createCannedReplyRoute } from "../routes/create-canned-reply";
import { cannedReplies, cannedReplyView } from "./canned-reply-store";

export const handler = apiHandler(createCannedReplyRoute, async ({ body }, caller) => {
  const now = new Date().toISOString();
  const reply = {
    cannedReplyId: randomUUID(),
    ...body,
    createdAt: now,
    updatedAt: now,
    updatedBy: caller.id,
  };
  // A fresh UUID: the condition only guards against the impossible collision.
  if (!(await cannedReplies.create(reply))) throw new Error("canned reply id collision");
  return {
    status: 201,
    headers: { location: `/admin/canned-replies/${reply.cannedReplyId}` },
    body: cannedReplyView(reply),
  };
});
