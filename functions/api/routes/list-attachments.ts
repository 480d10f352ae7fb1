import { Attachments } from "../responses/cases";
import { CasePath } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const listAttachmentsRoute = {
  method: "GET",
  path: "/cases/{number}/attachments",
  groups: EVERYONE,
  entry: "functions/api/cases/list-attachments.ts",
  summary: "A case's attachments with short-lived download URLs (its customer and staff only)",
  params: CasePath,
  needs: { table: "read", files: { read: "attachments" } },
  tags: ["cases"],
  description:
    "The case's attachments with download URLs valid 15 minutes, each saying whether the customer or support added it. Its customer and staff only; another customer's case is 404.",
  responses: { 200: { description: "The case's attachments", body: Attachments } },
  problems: [404],
} as const satisfies RouteDefinition;
