import { License } from "../responses/admin";
import { ChangeLicenseRequest, SerialPath } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const changeLicenseRoute = {
  method: "PATCH",
  path: "/admin/licenses/{serial}",
  groups: ["admin"],
  entry: "functions/api/admin/change-license.ts",
  summary: "Set, extend or renew a plan, upgrade Standard to Premier, or add incident credits",
  params: SerialPath,
  body: ChangeLicenseRequest,
  needs: { table: "write" },
  tags: ["admin"],
  description:
    "`set-plan` adds a plan term or replaces that plan's term (extend, renew); `upgrade-to-premier` turns an Advantage Standard term into Premier for its remaining period (409 without one); `add-credits` adds single-incident credits. 404 for an unknown serial; 409 when the license changed meanwhile.",
  responses: { 200: { description: "The license as changed", body: License } },
  problems: [404, 409],
  example: {
    body: {
      action: "set-plan",
      term: { plan: "advantage-premier", startsOn: "2026-01-01", endsOn: "2026-12-31" },
    },
  },
} as const satisfies RouteDefinition;
