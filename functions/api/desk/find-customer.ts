import { apiHandler } from "#shared/http";
import { problems } from "#shared/problem";
import { identity } from "../../accounts/stores";
import { findCustomerRoute } from "../routes/find-customer";
import { customerRecord } from "./customer-record";

/** A caller on the phone: the customer looked up by e-mail (Cognito's sign-in name), to open a case for them. */
export const handler = apiHandler(findCustomerRoute, async ({ query: { email } }) => {
  const user = await identity.findUser(email);
  if (!user) throw problems.notFound(`There is no customer with the address ${email}.`);
  return { status: 200, body: await customerRecord(user.userId) };
});
