import { apiHandler } from "#shared/http";
import { getCustomerRoute } from "../routes/get-customer";
import { customerRecord } from "./customer-record";

/** The case page's customer panel: the case's `customerId`, `serial` and `plan` point into it. */
export const handler = apiHandler(getCustomerRoute, async ({ path: { customerId } }) => ({
  status: 200,
  body: await customerRecord(customerId),
}));
