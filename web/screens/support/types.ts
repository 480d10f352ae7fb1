import type { components, operations } from "../../../client/openapi";

export type OpenedCase = components["schemas"]["CustomerCase"] | components["schemas"]["StaffCase"];
export type Severity =
  operations["severities"]["responses"][200]["content"]["application/json"]["items"][number];
export type Product = components["schemas"]["Product"];
export type SupportOptions = components["schemas"]["SupportOptions"];
type TechnicalRefusal = Extract<components["schemas"]["TechnicalEntitlement"], { allowed: false }>;
/** A refusal of technical help: from GET /support/options, or the API's 403 at submission. */
export type Refusal = Pick<TechnicalRefusal, "reason" | "advice">;
