import { CustomerPath } from "../desk-schemas";
import { StaffCustomer } from "../responses/desk";
import { type RouteDefinition, STAFF } from "./route-definition";

export const getCustomerRoute = {
  method: "GET",
  path: "/customers/{customerId}",
  groups: STAFF,
  entry: "functions/api/desk/get-customer.ts",
  summary: "A customer by id (a case's customerId): profile and products with plans",
  params: CustomerPath,
  needs: { table: "read" },
  tags: ["cases"],
  description:
    "The case page's customer panel: the profile and every registered product with its plans. The case's `serial` names the product it is about and its `plan` the plan that accepted it at intake (with the targets of then in `firstResponseTargets`). 404 for an unknown customer.",
  responses: { 200: { description: "The customer and their products", body: StaffCustomer } },
  problems: [404],
} as const satisfies RouteDefinition;
