import { Case } from "../responses/cases";
import { OpenCaseRequest } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const openCaseRoute = {
  method: "POST",
  path: "/cases",
  groups: EVERYONE,
  entry: "functions/api/cases/open-case.ts",
  summary: "Open a support case (staff: for a customer, e.g. a phone call, with onBehalfOf)",
  body: OpenCaseRequest,
  needs: { table: "write" },
  tags: ["cases"],
  description:
    "Customer-service topics (`licensing`, `downloads`, `site`, `offers`, `account`) are always accepted under the free plan. A technical case (`product-problem`) needs a `serial` registered to the caller, a plan valid today and a supported version; otherwise 403 `not-entitled` with `reason` (`not-registered`, `no-plan`, `plan-expired`, `trial-ended`, `unsupported-version`, `no-credits`, `excluded-topic`) and `advice` (`renew`, `upgrade-to-premier`, `buy-single-incident`, `update-to-latest-build`, `knowledge-base`, `forum`, `contact-customer-service`). Third-party products, network consulting, user and security management, security assessments and architecture design are never covered. A single-incident credit is spent with the case. Customers open `channel: web` cases only; staff taking a call or chat open one for a customer with `onBehalfOf: {customerId}` (422 when there is no such customer), whose e-mail address and language come from the profile.",
  responses: {
    201: { description: "The case, in the caller's view", body: Case, headers: ["location"] },
  },
  problems: [422],
  idempotencyKey: true,
  example: {
    body: {
      topic: "product-problem",
      serial: "PREM1-AAAAA-BBBBB-CCCCC-00001",
      severity: "B",
      subject: "Backup stops at 80%",
      description: "Error E1234 since Monday",
      preferredContact: "email",
      language: "en",
    },
  },
} as const satisfies RouteDefinition;
