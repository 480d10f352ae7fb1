import type { components } from "../../../../client/openapi";

export type StaffCustomer = components["schemas"]["StaffCustomer"];
export type CustomerProduct = StaffCustomer["products"][number];
