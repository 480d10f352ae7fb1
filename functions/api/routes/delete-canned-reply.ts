import { CannedReplyPath } from "../desk-schemas";
import type { RouteDefinition } from "./route-definition";

export const deleteCannedReplyRoute = {
  method: "DELETE",
  path: "/admin/canned-replies/{cannedReplyId}",
  groups: ["admin"],
  entry: "functions/api/desk/delete-canned-reply.ts",
  summary: "Delete a canned reply",
  params: CannedReplyPath,
  needs: { table: "write" },
  tags: ["admin"],
  description:
    "Removes the canned reply from the composer. Replies already sent with it are unchanged. 404 when there is none.",
  responses: { 204: { description: "Deleted" } },
  problems: [404],
} as const satisfies RouteDefinition;
