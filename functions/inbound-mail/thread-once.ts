import * as z from "zod/mini";
import type { CaseTable } from "#repositories/cases/table";
import { AlongsideRefused } from "#repositories/cases/update-case-with-event";
import {
  type IdempotencyClaim,
  type IdempotencyRecord,
  idempotencyRecordPut,
  liveIdempotencyRecord,
  putIdempotencyRecord,
  readIdempotencyRecord,
} from "#repositories/idempotency-records";
import { keys } from "#repositories/keys";
import { caseNotes } from "./case-notes";
import { ReceiptVerdicts } from "./mail-authentication";
import type { InboundMailResult } from "./process-mail";

/** Longer than SES's and Lambda's retries of one message can last. */
const MESSAGE_RECORD_SECONDS = 7 * 24 * 60 * 60;

/** What a message came to, as kept and logged: no message text or addresses. */
const KeptOutcome = z.object({
  outcome: z.enum(["applied", "dropped"]),
  caseNumber: z.optional(z.string()),
  reason: z.optional(z.string()),
  /** Statuses only: what an operator needs to see why a reply was not taken. */
  verdicts: z.optional(ReceiptVerdicts),
});
export type KeptOutcome = z.infer<typeof KeptOutcome>;

export type Threaded =
  | { outcome: KeptOutcome; replayed: false; result: InboundMailResult }
  | { outcome: KeptOutcome; replayed: true };

const applied = (caseNumber: string): KeptOutcome => ({ outcome: "applied", caseNumber });

/** Plain JSON, no undefined members. */
function keptOutcome(result: InboundMailResult): KeptOutcome {
  if (result.outcome === "applied") return applied(result.caseNumber);
  return {
    outcome: "dropped",
    ...(result.caseNumber === undefined ? {} : { caseNumber: result.caseNumber }),
    reason: result.reason,
    ...("verdicts" in result ? { verdicts: result.verdicts } : {}),
  };
}

function messageClaim(sesMessageId: string, now: number): IdempotencyClaim {
  const nowSeconds = Math.floor(now / 1000);
  return {
    key: keys.inboundMessage(sesMessageId),
    expiresAt: nowSeconds + MESSAGE_RECORD_SECONDS,
    nowSeconds,
  };
}

const replay = (first: IdempotencyRecord): Threaded => ({
  outcome: KeptOutcome.parse(first.response),
  replayed: true,
});

/**
 * Threads a message SES hands over (again, when an invocation is retried or delivered twice)
 * at most once: its first outcome is kept under SES's id for it, and a later delivery gets that
 * back without the message being read again. A note commits together with the record; a drop
 * keeps the record alone. Outages throw, so the invocation is retried.
 */
export async function threadOnce(
  table: CaseTable,
  sesMessageId: string,
  thread: (notes: ReturnType<typeof caseNotes>) => Promise<InboundMailResult>,
  now = Date.now(),
): Promise<Threaded> {
  const claim = messageClaim(sesMessageId, now);
  const kept = await readIdempotencyRecord(table, claim);
  if (kept) return replay(kept);
  let result: InboundMailResult;
  try {
    result = await thread(
      caseNotes(table, (caseNumber) => idempotencyRecordPut(table.tableName, claim, applied(caseNumber))),
    );
  } catch (error) {
    // A duplicate threaded the message meanwhile: its note and record committed, this one's not.
    const first = error instanceof AlongsideRefused ? liveIdempotencyRecord(error.item, claim) : undefined;
    if (first) return replay(first);
    throw error;
  }
  const outcome = keptOutcome(result);
  if (result.outcome === "dropped") {
    const first = await putIdempotencyRecord(table, claim, outcome);
    if (first) return replay(first);
  }
  return { outcome, replayed: false, result };
}
