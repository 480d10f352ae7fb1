import * as z from "zod/mini";
import { FOLLOW_UP_ATTRIBUTES as A, followUpExecutionName } from "#domain/follow-up-protocol";
import { LANGUAGES } from "#domain/language";
import { CASE_STATUSES } from "#domain/support-case";
import { CaseEvent } from "#repositories/case-records";
import { keys } from "#repositories/keys";
import { type FollowUpSettings, followUpExecution } from "./execution-input";

export type FollowUpCommand =
  | { kind: "start"; name: string; input: ReturnType<typeof followUpExecution>["input"] }
  | { kind: "stop"; name: string; cause: string }
  | { kind: "record-follow-up"; step: number; event: CaseEvent };

export interface ItemChange {
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  oldImage?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
}

const CaseState = z.object({
  sk: z.literal(keys.case("").sk),
  caseNumber: z.string(),
  status: z.enum(CASE_STATUSES),
  [A.awaitingReplyId]: z.optional(z.string()),
  [A.followUpsSent]: z._default(z.number(), 0),
  [A.lastFollowUpAt]: z.optional(z.string()),
  version: z.optional(z.number()),
});

/**
 * The state machine claims follow-up n by raising followUpsSent on the case; that change becomes
 * the timeline's "follow-up sent" event here, with an id fixed by reply and step so a replayed
 * record writes nothing new. (The workflow itself stays free of Lambda and of event writes.)
 */
function followUpSent(change: ItemChange): { step: number; event: CaseEvent } | undefined {
  const before = CaseState.safeParse(change.oldImage);
  const after = CaseState.safeParse(change.newImage);
  if (!before.success || !after.success || !after.data.awaitingReplyId || !after.data.lastFollowUpAt)
    return undefined;
  if (after.data.awaitingReplyId !== before.data.awaitingReplyId) return undefined;
  if (after.data.followUpsSent <= before.data.followUpsSent) return undefined;
  const step = after.data.followUpsSent;
  const event: CaseEvent = {
    eventId: `follow-up-${after.data.awaitingReplyId}-${step}`,
    caseNumber: after.data.caseNumber,
    type: "follow-up-sent",
    at: after.data.lastFollowUpAt,
    actorId: "follow-up-workflow",
    replyId: after.data.awaitingReplyId,
    message: `Follow-up ${step} of 3 e-mailed.`,
    visibility: "public",
    // The claim raised the case's version: a desk view older than it has not seen this follow-up.
    ...(after.data.version === undefined ? {} : { version: after.data.version }),
  };
  return { step, event };
}

const SupportReplyEvent = z.object({
  ...CaseEvent.shape,
  type: z.literal("support-reply"),
  replyId: z.string(),
  customerEmail: z.string(),
  language: z.enum(LANGUAGES),
});

function awaitedReply(image: Record<string, unknown> | undefined) {
  const parsed = CaseState.safeParse(image);
  if (!parsed.success || parsed.data.status !== "awaiting_customer" || !parsed.data.awaitingReplyId)
    return undefined;
  return { caseNumber: parsed.data.caseNumber, replyId: parsed.data.awaitingReplyId };
}

/**
 * What one committed change means for follow-ups: a new support reply starts its sequence;
 * a case that stops waiting on a reply (answered, resolved, superseded) stops that one.
 * Stopping is a courtesy: the claim in the state machine is what guarantees no late e-mail.
 */
export function followUpCommands(change: ItemChange, settings: FollowUpSettings): FollowUpCommand[] {
  const commands: FollowUpCommand[] = [];
  const reply = change.eventName === "INSERT" ? SupportReplyEvent.safeParse(change.newImage) : undefined;
  if (reply?.success) {
    const { name, input } = followUpExecution(reply.data, settings);
    commands.push({ kind: "start", name, input });
  }
  const sent = followUpSent(change);
  if (sent) commands.push({ kind: "record-follow-up", ...sent });
  const before = awaitedReply(change.oldImage);
  const after = awaitedReply(change.newImage);
  if (before && before.replyId !== after?.replyId) {
    commands.push({
      kind: "stop",
      name: followUpExecutionName(before.caseNumber, before.replyId),
      cause: after
        ? `superseded by support reply ${after.replyId}`
        : "the case no longer waits on the customer",
    });
  }
  return commands;
}
