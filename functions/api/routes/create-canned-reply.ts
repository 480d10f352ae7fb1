import { CannedReplyRequest } from "../desk-schemas";
import { CannedReply } from "../responses/desk";
import { CANNED_PLACEHOLDER_LIST, type RouteDefinition } from "./route-definition";

export const createCannedReplyRoute = {
  method: "POST",
  path: "/admin/canned-replies",
  groups: ["admin"],
  entry: "functions/api/desk/create-canned-reply.ts",
  summary: "Write a canned reply (title and text in English and Chinese) for the desk's composer",
  body: CannedReplyRequest,
  needs: { table: "write" },
  tags: ["admin"],
  description: `A reply agents pick in the composer: \`title\` and \`body\` each in \`en\` and \`zh-CN\`. The text may use the placeholders ${CANNED_PLACEHOLDER_LIST}, which the desk fills with the case's facts; any other \`{{name}}\` is refused with 400 naming the field.`,
  responses: {
    201: { description: "The canned reply", body: CannedReply, headers: ["location"] },
  },
  example: {
    body: {
      title: { en: "Update to the latest build", "zh-CN": "更新到最新版本" },
      body: {
        en: "Dear {{customerName}},\n\nplease update to the latest build and tell us on case {{caseNumber}} whether the problem remains.\n\n{{agentName}}",
        "zh-CN":
          "{{customerName}}，您好：\n\n请更新到最新版本，并在案例 {{caseNumber}} 中告诉我们问题是否仍然存在。\n\n{{agentName}}",
      },
    },
  },
} as const satisfies RouteDefinition;
