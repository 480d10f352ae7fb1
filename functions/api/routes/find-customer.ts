import { CustomerEmailQuery } from "../desk-schemas";
import { StaffCustomer } from "../responses/desk";
import { type RouteDefinition, STAFF } from "./route-definition";

export const findCustomerRoute = {
  method: "GET",
  path: "/customers",
  groups: STAFF,
  entry: "functions/api/desk/find-customer.ts",
  summary: "Look a customer up by e-mail (a caller on the phone): profile and products with plans",
  query: CustomerEmailQuery,
  needs: { table: "read", identity: ["cognito-idp:AdminGetUser"] },
  tags: ["cases"],
  description:
    "The customer with this sign-in address: their profile and every registered product with its licenses and plans (as GET /products shows them to the customer). Open a case for them with POST /cases and `onBehalfOf: {customerId: customer.id}`. 404 when no account has the address, or it has no profile.",
  responses: { 200: { description: "The customer and their products", body: StaffCustomer } },
  problems: [404],
  example: { query: { email: "mei@example.com" } },
} as const satisfies RouteDefinition;
