import { CustomerEvent } from "../responses/cases";
import { CasePath } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const withdrawCaseRoute = {
  method: "POST",
  path: "/cases/{number}/withdraw",
  groups: ["customer"],
  entry: "functions/api/cases/withdraw-case.ts",
  summary: "Withdraw a case support has not answered yet; a used incident credit is given back",
  params: CasePath,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "The customer takes back a case support has not answered yet; a single-incident credit it used returns to the license. Once support has replied, or the case is closed, it is 409: add a note or answer `Resolved` instead.",
  responses: { 200: { description: "The withdrawal, as a timeline event", body: CustomerEvent } },
  problems: [404, 409],
} as const satisfies RouteDefinition;
