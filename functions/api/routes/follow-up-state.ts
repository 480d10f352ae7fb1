import { FollowUpStateView } from "../responses/desk";
import { CasePath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const followUpStateRoute = {
  method: "GET",
  path: "/cases/{number}/follow-up",
  groups: STAFF,
  entry: "functions/api/desk/follow-up-state.ts",
  summary: "Where the case's follow-up sequence stands: step, next e-mail, the execution",
  params: CasePath,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "The latest support reply's follow-up sequence as the case records it (the state machine's claims write it): whether it runs, the `step`, how many follow-ups went out, when the next one is due (3, 6 and 10 days after the reply), and the execution (`case-<number>-reply-<replyId>`) with its ARN and its page in the AWS Step Functions console. Locally the desk links the local executions console instead. 404 for an unknown case.",
  responses: { 200: { description: "The follow-up state", body: FollowUpStateView } },
  problems: [404],
} as const satisfies RouteDefinition;
