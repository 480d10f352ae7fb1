import { entitlementForTopic, notEntitled } from "#domain/entitlement";
import { DomainError } from "#domain/errors";
import { targetChannelFor } from "#domain/first-response";
import { openCase as recordNewCase } from "#repositories/cases/open-case";
import { type Caller, isStaff } from "#shared/caller";
import { type ApiResponse, apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { logger } from "#shared/observability";
import { HttpProblem, problems } from "#shared/problem";
import type { RequestInput } from "#shared/request";
import { firstResponseTarget } from "../calendars/calendar-store";
import { ownedLicenseTerms } from "../products/stores";
import { ROUTES } from "../routes";
import { idempotent } from "./case-idempotency";
import { caseTable } from "./case-store";
import { caseViewFor } from "./case-views";
import { profiles } from "./profile-store";

type Request = RequestInput<typeof ROUTES.openCase>["body"];

/** The channels a customer's own request arrives on; chat and phone cases are opened by the staff who take them. */
const CUSTOMER_CHANNELS: readonly Request["channel"][] = ["web"];

/**
 * Whose case it is: the caller's own, or, for staff taking a call, the customer named in
 * onBehalfOf, whose e-mail address and language come from their profile, never from the request.
 */
async function customerOf(caller: Caller, request: Request) {
  if (!isStaff(caller)) {
    if (request.onBehalfOf) {
      throw problems.validation([{ field: "onBehalfOf", message: "is for support staff taking a call" }]);
    }
    if (!CUSTOMER_CHANNELS.includes(request.channel)) {
      throw problems.validation([
        { field: "channel", message: "must be web: chat and phone cases are opened by support staff" },
      ]);
    }
    return { customerId: caller.id, customerEmail: caller.email };
  }
  if (!request.onBehalfOf) {
    throw problems.validation([
      { field: "onBehalfOf", message: "is required when staff open a case for a customer" },
    ]);
  }
  const { customerId } = request.onBehalfOf;
  const profile = await profiles.load(customerId);
  if (!profile) {
    const field = "onBehalfOf.customerId";
    throw new HttpProblem(422, "unknown-customer", "No such customer", `${field}: no account has this id.`, [
      { field, message: "is not the id of a customer's account" },
    ]);
  }
  return { customerId, customerEmail: profile.email, profile };
}

/** Refusals by reason, whether intake decided them or a credit ran out during the write. */
async function countingRefusals<T>(intake: () => Promise<T>): Promise<T> {
  try {
    return await intake();
  } catch (error) {
    if (error instanceof DomainError && error.code === "not-entitled") {
      countBusinessEvent("entitlementRefusals", { reason: String(error.details?.reason) });
    }
    throw error;
  }
}

async function openCase(body: Request, caller: Caller): Promise<ApiResponse> {
  const { profile, ...customer } = await customerOf(caller, body);
  // onBehalfOf only names the customer: it is no part of the case.
  const { onBehalfOf: _onBehalfOf, ...request } = body;
  // Intake checks the customer's entitlement (DOMAIN.md section 3) before a number is spent.
  const entitlement = entitlementForTopic(
    request.topic,
    await ownedLicenseTerms(customer.customerId, request.serial),
  );
  if (!entitlement.allowed) throw notEntitled(entitlement);
  const submittedAt = new Date();
  const target = await firstResponseTarget({
    plan: entitlement.plan,
    channel: targetChannelFor(entitlement.plan, request.channel),
    submittedAt,
  });
  // E-mails about the case go out in the language asked for, else the profile's preference.
  const language =
    request.language ?? (profile ?? (await profiles.load(customer.customerId)))?.language ?? "en";
  const opened = await recordNewCase(
    caseTable,
    {
      ...request,
      ...customer,
      language,
      plan: entitlement.plan,
      consumedCredit: entitlement.consumesCredit,
      openedBy: caller.id,
      firstResponseRule: target.rule,
      // Chat and phone count as answered at once; everything else has a due time.
      ...(target.dueAt
        ? { firstResponseDueAt: target.dueAt.toISOString() }
        : { firstResponseAt: submittedAt.toISOString() }),
    },
    submittedAt.toISOString(),
  );
  logger.appendKeys({ caseNumber: opened.caseNumber });
  logger.info("case opened", { plan: opened.plan, severity: opened.severity, channel: opened.channel });
  countBusinessEvent("casesOpened", {
    plan: opened.plan,
    severity: String(opened.severity),
    channel: opened.channel,
  });
  return {
    status: 201,
    body: caseViewFor(caller, opened),
    headers: { location: `/cases/${opened.caseNumber}` },
  };
}

export const handler = apiHandler(
  ROUTES.openCase,
  ({ body }, caller) => countingRefusals(() => openCase(body, caller)),
  { use: [idempotent] },
);
