import { CasePath } from "../schemas";
import { type RouteDefinition, STAFF } from "./route-definition";

export const leaveCaseRoute = {
  method: "DELETE",
  path: "/cases/{number}/presence",
  groups: STAFF,
  entry: "functions/api/desk/leave-case.ts",
  summary: "The caller closed the case page: no longer shown to others",
  params: CasePath,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "Removes the caller's mark at once instead of letting it lapse. Leaving a case twice is no error.",
  responses: { 204: { description: "Left" } },
} as const satisfies RouteDefinition;
