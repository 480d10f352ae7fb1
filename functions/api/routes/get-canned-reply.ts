import { CannedReplyPath } from "../desk-schemas";
import { CannedReply } from "../responses/desk";
import type { RouteDefinition } from "./route-definition";

export const getCannedReplyRoute = {
  method: "GET",
  path: "/admin/canned-replies/{cannedReplyId}",
  groups: ["admin"],
  entry: "functions/api/desk/get-canned-reply.ts",
  summary: "One canned reply, to edit",
  params: CannedReplyPath,
  needs: { table: "read" },
  tags: ["admin"],
  description: "The canned reply with its texts as written (placeholders unfilled) and who changed it last.",
  responses: { 200: { description: "The canned reply", body: CannedReply } },
  problems: [404],
} as const satisfies RouteDefinition;
