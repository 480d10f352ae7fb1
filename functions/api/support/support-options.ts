import { supportOptions } from "#domain/entitlement";
import { PLANS } from "#domain/plans";
import { SELF_SERVICE } from "#domain/self-service";
import { apiHandler } from "#shared/http";
import { ownedLicenseTerms } from "../products/stores";
import { supportOptionsRoute } from "../routes/support-options";

/** What the "contact us" wizard offers a signed-in customer for one product, now. */
export const handler = apiHandler(supportOptionsRoute, async ({ query: { serial } }, caller) => {
  const options = supportOptions(await ownedLicenseTerms(caller.id, serial));
  return {
    status: 200,
    body: {
      serial,
      ...options,
      plans: options.plans.map((plan) => ({ id: plan, ...PLANS[plan] })),
      selfService: [...SELF_SERVICE],
    },
  };
});
