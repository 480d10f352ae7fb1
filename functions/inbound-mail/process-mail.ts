import type { CaseStatus } from "#domain/support-case";
import { type ApplyReplyDeps, applyInboundReply } from "./apply-reply";
import { type ReceiptVerdicts, type RefusalReason, refusalReason } from "./mail-authentication";
import { type DropReason, type ParseOptions, parseInboundReply, type RawMail } from "./parse-reply";

export type InboundMailResult =
  | { outcome: "applied"; caseNumber: string; statusAfter: CaseStatus; messageId?: string }
  | {
      outcome: "dropped";
      reason: DropReason | "unknown-case" | "stranger";
      caseNumber?: string;
      from?: string;
      messageId?: string;
    }
  | {
      /** SES's verdicts do not vouch for the sender: whatever From says is not believed. */
      outcome: "dropped";
      reason: RefusalReason;
      verdicts: ReceiptVerdicts;
      caseNumber?: string;
      messageId?: string;
    };

export interface ProcessMailDeps extends ApplyReplyDeps {
  /** The key of the per-case reply addresses (see reply-address.ts). */
  secret: string;
}

export interface ProcessMailOptions extends ParseOptions {
  /** SES's authentication and scan verdicts; required, so no caller can forget to check them. */
  verdicts: ReceiptVerdicts;
}

/**
 * One raw message, start to finish: parse, check SES's verdicts, then thread into its case. The
 * Lambda handler (S3 object from SES) and the local command that feeds an .eml both call this,
 * so they cannot drift. Drops are returned for logging, never thrown; only
 * infrastructure failures throw.
 */
export async function processInboundMail(
  raw: RawMail,
  deps: ProcessMailDeps,
  options: ProcessMailOptions,
): Promise<InboundMailResult> {
  const parsed = await parseInboundReply(raw, deps.secret, options);
  // Checked after parsing only so the log can name the case a forgery was aimed at.
  const refused = refusalReason(options.verdicts);
  if (refused) {
    const { caseNumber, messageId } = parsed;
    return { outcome: "dropped", reason: refused, verdicts: options.verdicts, caseNumber, messageId };
  }
  if (parsed.kind === "dropped") {
    const { reason, caseNumber, from, messageId } = parsed;
    return { outcome: "dropped", reason, caseNumber, from, messageId };
  }
  const applied = await applyInboundReply(parsed, deps);
  return {
    ...applied,
    ...(applied.outcome === "dropped" ? { from: parsed.from } : {}),
    messageId: parsed.messageId,
  };
}
