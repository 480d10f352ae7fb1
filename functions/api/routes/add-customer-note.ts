import { CustomerEvent } from "../responses/cases";
import { CasePath, CustomerNoteRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const addCustomerNoteRoute = {
  method: "POST",
  path: "/cases/{number}/notes",
  groups: ["customer"],
  entry: "functions/api/cases/add-customer-note.ts",
  summary: "The customer answers; 'Resolved' closes the case, anything else returns it to support",
  params: CasePath,
  body: CustomerNoteRequest,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "The customer answers on their case: `Resolved` (or `已解决`) closes it, anything else returns it to support, and a note on a closed case reopens it. Either way pending follow-ups stop.",
  responses: { 201: { description: "The note, as a timeline event", body: CustomerEvent } },
  problems: [404, 409],
  idempotencyKey: true,
  example: { body: { message: "Resolved" } },
} as const satisfies RouteDefinition;
