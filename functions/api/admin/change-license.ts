import { DomainError } from "#domain/errors";
import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import type { RequestInput } from "#shared/request";
import { licenses } from "../products/stores";
import { changeLicenseRoute } from "../routes/change-license";

/** Admin changes to a license: set (add, extend, renew) a plan, upgrade Standard → Premier, add incident credits. */
export const handler = apiHandler(changeLicenseRoute, async ({ path: { serial }, body: change }) => {
  const changed = await applyChange(serial, change);
  if (!changed) throw problems.notFound(`There is no license ${serial}.`);
  return { status: 200, body: changed };
});

async function applyChange(serial: string, change: RequestInput<typeof changeLicenseRoute>["body"]) {
  if (change.action === "set-plan") return licenses.setPlan(serial, change.term);
  if (change.action === "add-credits") return licenses.addCredits(serial, change.credits);
  const license = await licenses.load(serial);
  const standard = license?.plans.find((p) => p.plan === "advantage-standard");
  if (!license) return undefined;
  if (!standard)
    throw new DomainError(
      "no-plan-to-upgrade",
      `License ${serial} has no Advantage Standard plan to upgrade.`,
    );
  // Premier takes over Standard's remaining term.
  return licenses.setPlan(serial, { ...standard, plan: "advantage-premier" }, "advantage-standard");
}
