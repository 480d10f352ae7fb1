import { entitlementForTopic } from "#domain/entitlement";
import { DomainError } from "#domain/errors";
import { apiHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { ownedLicenseTerms } from "../products/stores";
import { ROUTES } from "../routes";
import { OpenCaseRequest } from "../schemas";
import { cases, profiles } from "./case-store";
import { caseView } from "./case-views";

export const handler = apiHandler(ROUTES.openCase, async (event, caller) => {
  const request = parseJsonBody(event, OpenCaseRequest);
  // Intake checks the caller's entitlement (DOMAIN.md section 3) before a number is spent.
  const entitlement = entitlementForTopic(request.topic, await ownedLicenseTerms(caller.id, request.serial));
  if (!entitlement.allowed) {
    const { reason, message, advice } = entitlement;
    throw new DomainError("not-entitled", message, { reason, advice });
  }
  // E-mails about the case go out in the language asked for, else the profile's preference.
  const language = request.language ?? (await profiles.load(caller.id))?.language ?? "en";
  const opened = await cases.openCase(
    {
      ...request,
      language,
      plan: entitlement.plan,
      consumedCredit: entitlement.consumesCredit,
      customerId: caller.id,
      customerEmail: caller.email,
    },
    new Date().toISOString(),
  );
  return {
    status: 201,
    body: caseView(opened),
    headers: { location: `/cases/${opened.caseNumber}` },
  };
});
