import { supportOptions } from "#domain/entitlement";
import { PLANS } from "#domain/plans";
import { apiHandler } from "#shared/http";
import { ownedLicenseTerms } from "../products/stores";
import { ROUTES } from "../routes";

/** Always open, whatever the plan (DOMAIN.md section 3); offered first when technical help is not. */
const SELF_SERVICE = ["forum", "knowledge-base", "user-guides", "product-selection-wizard", "licensing-faq"];

/** What the "contact us" wizard offers a signed-in customer for one product, now. */
export const handler = apiHandler(ROUTES.supportOptions, async ({ query: { serial } }, caller) => {
  const options = supportOptions(await ownedLicenseTerms(caller.id, serial));
  return {
    status: 200,
    body: {
      serial,
      ...options,
      plans: options.plans.map((plan) => ({ id: plan, ...PLANS[plan] })),
      selfService: SELF_SERVICE,
    },
  };
});
