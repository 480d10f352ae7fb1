import { CannedReplies } from "../responses/desk";
import { CANNED_PLACEHOLDER_LIST, type RouteDefinition, STAFF } from "./route-definition";

export const listCannedRepliesRoute = {
  method: "GET",
  path: "/canned-replies",
  groups: STAFF,
  entry: "functions/api/desk/list-canned-replies.ts",
  summary: "Every canned reply, for the composer (texts with placeholders unfilled)",
  needs: { table: "read" },
  tags: ["cases"],
  description: `Every canned reply, by English title, in both languages with the placeholders each uses. The desk fills ${CANNED_PLACEHOLDER_LIST} itself (fillCannedReply in functions/domain/canned-replies.ts) in the case's language, and the agent edits the text before sending it as a reply.`,
  responses: { 200: { description: "The canned replies", body: CannedReplies } },
} as const satisfies RouteDefinition;
