import { problems } from "#shared/problem";
import { profiles } from "../cases/profile-store";
import { PROFILE_FIELDS } from "../me/profile-view";
import { ownedProducts } from "../products/owned-products";
import { allowListed } from "../views";

/** What the desk shows of a customer: the profile and every product with its licenses and plans. */
export async function customerRecord(customerId: string) {
  const [profile, products] = await Promise.all([profiles.load(customerId), ownedProducts(customerId)]);
  if (!profile) throw problems.notFound(`There is no customer ${customerId}.`);
  return { customer: { id: profile.userId, ...allowListed(profile, PROFILE_FIELDS) }, products };
}
