import { CannedReplyPath, CannedReplyRequest } from "../desk-schemas";
import { CannedReply } from "../responses/desk";
import { CANNED_PLACEHOLDER_LIST, type RouteDefinition } from "./route-definition";

export const replaceCannedReplyRoute = {
  method: "PUT",
  path: "/admin/canned-replies/{cannedReplyId}",
  groups: ["admin"],
  entry: "functions/api/desk/replace-canned-reply.ts",
  summary: "Rewrite a canned reply's title and text",
  params: CannedReplyPath,
  body: CannedReplyRequest,
  needs: { table: "write" },
  tags: ["admin"],
  description: `Replaces the title and text in both languages, with the same placeholder rule as creating one (${CANNED_PLACEHOLDER_LIST}). 404 when there is no such canned reply (deleted meanwhile, too).`,
  responses: { 200: { description: "The canned reply as rewritten", body: CannedReply } },
  problems: [404],
  example: {
    body: {
      title: { en: "Send us the log", "zh-CN": "请发送日志" },
      body: {
        en: "Dear {{customerName}}, please attach the backup log to case {{caseNumber}}.",
        "zh-CN": "{{customerName}}，您好：请将备份日志附加到案例 {{caseNumber}}。",
      },
    },
  },
} as const satisfies RouteDefinition;
