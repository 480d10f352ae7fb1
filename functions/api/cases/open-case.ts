import { entitlementForTopic, notEntitled } from "#domain/entitlement";
import { DomainError } from "#domain/errors";
import { targetChannelFor } from "#domain/first-response";
import type { CaseRecord } from "#repositories/case-records";
import { readForIntake } from "#repositories/cases/intake-reads";
import { openCase as recordNewCase } from "#repositories/cases/open-case";
import { type Caller, isStaff } from "#shared/caller";
import { type ApiEvent, type ApiResponse, apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { logger } from "#shared/observability";
import { HttpProblem, problems } from "#shared/problem";
import type { RequestInput } from "#shared/request";
import { firstResponseTarget, loadedSchedules } from "../calendars/calendar-store";
import { idempotencyClaim, replayed } from "../idempotency-keys";
import { releases, today } from "../products/stores";
import { openCaseRoute } from "../routes/open-case";
import { caseTable } from "./case-store";
import { caseViewFor } from "./case-views";

type Request = RequestInput<typeof openCaseRoute>["body"];

/** The channels a customer's own request arrives on; chat and phone cases are opened by the staff who take them. */
const CUSTOMER_CHANNELS: readonly Request["channel"][] = ["web"];

/**
 * Whose case it is: the caller's own, or, for staff taking a call, the customer named in
 * onBehalfOf, whose e-mail address and language come from their profile, never from the request.
 */
function customerOf(caller: Caller, request: Request): { customerId: string; behalf: boolean } {
  if (!isStaff(caller)) {
    if (request.onBehalfOf) {
      throw problems.validation([{ field: "onBehalfOf", message: "is for support staff taking a call" }]);
    }
    if (!CUSTOMER_CHANNELS.includes(request.channel)) {
      throw problems.validation([
        { field: "channel", message: "must be web: chat and phone cases are opened by support staff" },
      ]);
    }
    return { customerId: caller.id, behalf: false };
  }
  if (!request.onBehalfOf) {
    throw problems.validation([
      { field: "onBehalfOf", message: "is required when staff open a case for a customer" },
    ]);
  }
  return { customerId: request.onBehalfOf.customerId, behalf: true };
}

function unknownCustomer(): HttpProblem {
  const field = "onBehalfOf.customerId";
  return new HttpProblem(422, "unknown-customer", "No such customer", `${field}: no account has this id.`, [
    { field, message: "is not the id of a customer's account" },
  ]);
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

function answerFor(caller: Caller, opened: CaseRecord): ApiResponse {
  return {
    status: 201,
    body: caseViewFor(caller, opened),
    headers: { location: `/cases/${opened.caseNumber}` },
  };
}

/**
 * Two requests in a row: one read of all intake decides on (license, profile, case-number
 * counter, supported versions, an earlier answer to the same Idempotency-Key), then one
 * transaction that takes the number and writes the case, its first event, the credit and the
 * key's answer together.
 */
async function openCase(body: Request, caller: Caller, event: ApiEvent): Promise<ApiResponse> {
  const { customerId, behalf } = customerOf(caller, body);
  // onBehalfOf only names the customer: it is no part of the case.
  const { onBehalfOf: _onBehalfOf, ...request } = body;
  const claim = idempotencyClaim(event, caller, "open-case", body);
  const [read] = await Promise.all([
    readForIntake(caseTable, {
      serial: request.serial,
      // The profile gives a customer's address (on their behalf) and the language if none was asked for.
      profileOf: behalf || !request.language ? customerId : undefined,
      idempotency: claim,
    }),
    loadedSchedules(),
  ]);
  if (claim && read.idempotency) return replayed(claim, read.idempotency);
  if (behalf && !read.profile) throw unknownCustomer();
  const customerEmail = behalf && read.profile ? read.profile.email : caller.email;

  // Intake checks the customer's entitlement (DOMAIN.md section 3) before a number is spent.
  const owned = read.license?.ownerId === customerId ? read.license : undefined;
  const releaseVersions = owned
    ? (read.supportedVersions[owned.productId] ??
      (await releases.listNewestFirst(owned.productId)).map((r) => r.version))
    : [];
  const entitlement = entitlementForTopic(request.topic, { terms: owned, releaseVersions, today: today() });
  if (!entitlement.allowed) throw notEntitled(entitlement);
  const submittedAt = new Date();
  const target = await firstResponseTarget({
    plan: entitlement.plan,
    channel: targetChannelFor(entitlement.plan, request.channel),
    submittedAt,
  });
  const outcome = await recordNewCase(
    caseTable,
    {
      ...request,
      customerId,
      customerEmail,
      // E-mails about the case go out in the language asked for, else the profile's preference.
      language: request.language ?? read.profile?.language ?? "en",
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
    {
      lastCaseNumber: read.lastCaseNumber,
      idempotency: claim && { claim, response: (record: CaseRecord) => answerFor(caller, record) },
    },
  );
  // A retry with the same key committed first: its answer is this one's.
  if ("replay" in outcome) return replayed(outcome.claim, outcome.replay);
  const { opened } = outcome;
  logger.appendKeys({ caseNumber: opened.caseNumber });
  logger.info("case opened", { plan: opened.plan, severity: opened.severity, channel: opened.channel });
  countBusinessEvent("casesOpened", {
    plan: opened.plan,
    severity: String(opened.severity),
    channel: opened.channel,
  });
  return answerFor(caller, opened);
}

/** The Idempotency-Key's answer is kept in the case's own transaction, not by a middleware. */
export const handler = apiHandler(openCaseRoute, ({ body }, caller, event) =>
  countingRefusals(() => openCase(body, caller, event)),
);
