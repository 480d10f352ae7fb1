import * as z from "zod/mini";

export const VERDICT_STATUSES = ["PASS", "FAIL", "GRAY", "PROCESSING_FAILED", "DISABLED"] as const;
const status = z.enum(VERDICT_STATUSES);

/**
 * One of SES's verdicts on a received message (`receipt.<kind>Verdict` of the SES event). A
 * missing or malformed verdict reads as PROCESSING_FAILED: it never passes.
 */
const verdict = z.catch(z.object({ status }), {
  status: "PROCESSING_FAILED" as const,
});

const Receipt = z.object({
  spfVerdict: verdict,
  dkimVerdict: verdict,
  dmarcVerdict: verdict,
  spamVerdict: verdict,
  virusVerdict: verdict,
});

/** SES's verdicts by kind (statuses only, so they may be logged and kept). */
export const ReceiptVerdicts = z.object({
  spf: status,
  dkim: status,
  dmarc: status,
  spam: status,
  virus: status,
});
export type ReceiptVerdicts = z.infer<typeof ReceiptVerdicts>;

/** The verdicts of an SES receipt; whatever is missing or malformed counts as not passed. */
export function verdictsOf(receipt: unknown): ReceiptVerdicts {
  const read = z.parse(Receipt, typeof receipt === "object" && receipt !== null ? receipt : {});
  return {
    spf: read.spfVerdict.status,
    dkim: read.dkimVerdict.status,
    dmarc: read.dmarcVerdict.status,
    spam: read.spamVerdict.status,
    virus: read.virusVerdict.status,
  };
}

export type RefusalReason = "unauthenticated" | "spam" | "virus";

/**
 * Why a message may not be threaded, or undefined when it may. A From header is only as good as
 * the domain's authentication: DMARC PASS means SPF or DKIM passed for a domain aligned with
 * From. SPF or DKIM passing alone proves nothing about From (a forger passes both for a domain
 * of their own), and without a DMARC record (GRAY) nothing aligns them, so only DMARC PASS
 * counts. Spam and virus scans must not have failed.
 */
export function refusalReason(verdicts: ReceiptVerdicts): RefusalReason | undefined {
  if (verdicts.virus === "FAIL") return "virus";
  if (verdicts.spam === "FAIL") return "spam";
  if (verdicts.dmarc !== "PASS") return "unauthenticated";
  return undefined;
}
