import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import type { ReportCounter } from "#notices/release-notices";
import { keys, withoutKeys } from "./keys";
import { SUBSCRIBED_CONDITION } from "./notice-subscription-repository";

/**
 * Exactly one notice per (release, owner): each send is claimed first by a conditional write
 * (SES SendEmail has no idempotency token). A claim is `sending` until the send is known:
 * `sent`, `failed` (SES surely did not send: a later attempt or run may claim it again) or
 * `skipped` (unsubscribed when its turn came). A claim left `sending` (the function died mid-send)
 * is never sent again: a possible miss beats a possible duplicate. The report's counters move in
 * the same transactions as the claims, so they never disagree with them.
 */
export const CLAIM_STATUSES = ["sending", "sent", "failed", "skipped"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const NoticeClaim = z.object({
  releaseId: z.string(),
  ownerId: z.string(),
  status: z.enum(CLAIM_STATUSES),
  claimedAt: z.string(),
  sentAt: z.optional(z.string()),
  messageId: z.optional(z.string()),
  reason: z.optional(z.string()),
});
export type NoticeClaim = z.infer<typeof NoticeClaim>;

export const NoticeReport = z.object({
  releaseId: z.string(),
  status: z.enum(["running", "finished", "failed"]),
  startedAt: z.string(),
  finishedAt: z.optional(z.string()),
  lastRun: z.string(),
  error: z.optional(z.string()),
  sent: z.number(),
  skipped: z.number(),
  failed: z.number(),
});
export type NoticeReport = z.infer<typeof NoticeReport>;

/** What a claim attempt found: ours to send, the owner unsubscribed, or somebody's already. */
export type ClaimResult = "claimed" | "unsubscribed" | "taken";

interface Recipient {
  releaseId: string;
  productId: string;
  ownerId: string;
}

const cancelled = (error: unknown, index: number) =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[index]?.Code === "ConditionalCheckFailed";

export function noticeClaimRepository(db: DynamoDBDocumentClient, tableName: string) {
  const claimKey = (r: Pick<Recipient, "releaseId" | "ownerId">) => keys.noticeClaim(r.releaseId, r.ownerId);
  const subscribed = (r: Recipient) => ({
    ConditionCheck: {
      TableName: tableName,
      Key: keys.noticeSubscription(r.productId, r.ownerId),
      ConditionExpression: SUBSCRIBED_CONDITION,
    },
  });
  /** ADD to the report's counters (negative moves a notice from one counter to another). */
  const count = (releaseId: string, changes: Partial<Record<ReportCounter, number>>) => {
    const names = Object.keys(changes) as ReportCounter[];
    return {
      Update: {
        TableName: tableName,
        Key: keys.noticeReport(releaseId),
        UpdateExpression: `SET releaseId = :releaseId ADD ${names.map((n) => `${n} :${n}`).join(", ")}`,
        ExpressionAttributeValues: {
          ":releaseId": releaseId,
          ...Object.fromEntries(names.map((n) => [`:${n}`, changes[n]])),
        },
      },
    };
  };

  async function load(r: Pick<Recipient, "releaseId" | "ownerId">): Promise<NoticeClaim | undefined> {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: claimKey(r), ConsistentRead: true }),
    );
    return Item ? NoticeClaim.parse(withoutKeys(Item)) : undefined;
  }

  /** A failed notice claimed again (a retry, a later run): it leaves the failed count. */
  async function reclaim(r: Recipient, now: string): Promise<ClaimResult> {
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            subscribed(r),
            {
              Update: {
                TableName: tableName,
                Key: claimKey(r),
                UpdateExpression: "SET #status = :sending, claimedAt = :now REMOVE reason",
                ConditionExpression: "#status = :failed",
                ExpressionAttributeNames: { "#status": "status" },
                ExpressionAttributeValues: { ":sending": "sending", ":failed": "failed", ":now": now },
              },
            },
            count(r.releaseId, { failed: -1 }),
          ],
        }),
      );
      return "claimed";
    } catch (error) {
      if (cancelled(error, 1)) return "taken";
      if (cancelled(error, 0)) return "unsubscribed";
      throw error;
    }
  }

  /** Moves a claim on from `from`, with the counters; false when it was not in that state any more. */
  async function settle(
    r: Pick<Recipient, "releaseId" | "ownerId">,
    from: ClaimStatus | "none",
    to: { status: Exclude<ClaimStatus, "sending">; at: string; messageId?: string; reason?: string },
    counters: Partial<Record<ReportCounter, number>>,
  ): Promise<boolean> {
    const fields = {
      status: to.status,
      ...(to.status === "sent" ? { sentAt: to.at } : {}),
      ...(to.messageId ? { messageId: to.messageId } : {}),
      ...(to.reason ? { reason: to.reason } : {}),
    };
    const write =
      from === "none"
        ? {
            Put: {
              TableName: tableName,
              Item: {
                ...claimKey(r),
                releaseId: r.releaseId,
                ownerId: r.ownerId,
                claimedAt: to.at,
                ...fields,
              },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          }
        : {
            Update: {
              TableName: tableName,
              Key: claimKey(r),
              UpdateExpression: `SET ${Object.keys(fields)
                .map((f) => `#${f} = :${f}`)
                .join(", ")}`,
              ConditionExpression: "#status = :from",
              ExpressionAttributeNames: Object.fromEntries(Object.keys(fields).map((f) => [`#${f}`, f])),
              ExpressionAttributeValues: {
                ":from": from,
                ...Object.fromEntries(Object.entries(fields).map(([f, v]) => [`:${f}`, v])),
              },
            },
          };
    try {
      await db.send(new TransactWriteCommand({ TransactItems: [write, count(r.releaseId, counters)] }));
      return true;
    } catch (error) {
      if (cancelled(error, 0)) return false;
      throw error;
    }
  }

  return {
    load,

    /**
     * Claims one owner's notice of one release, if they are still subscribed: a ConditionCheck on
     * the subscription and a create-only Put of the claim, in one transaction.
     */
    async claim(r: Recipient, now: string): Promise<ClaimResult> {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              subscribed(r),
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...claimKey(r),
                    releaseId: r.releaseId,
                    ownerId: r.ownerId,
                    status: "sending",
                    claimedAt: now,
                  },
                  ConditionExpression: "attribute_not_exists(pk)",
                },
              },
            ],
          }),
        );
        return "claimed";
      } catch (error) {
        if (cancelled(error, 1)) {
          const existing = await load(r);
          return existing?.status === "failed" ? reclaim(r, now) : "taken";
        }
        if (cancelled(error, 0)) return "unsubscribed";
        throw error;
      }
    },

    /** The owner unsubscribed before their turn: recorded (once) as skipped. */
    async recordSkipped(r: Recipient, now: string): Promise<boolean> {
      const existing = await load(r);
      if (existing && existing.status !== "failed") return false;
      return existing
        ? settle(r, "failed", { status: "skipped", at: now }, { failed: -1, skipped: 1 })
        : settle(r, "none", { status: "skipped", at: now }, { skipped: 1 });
    },

    markSent: (r: Recipient, at: string, messageId: string) =>
      settle(r, "sending", { status: "sent", at, messageId }, { sent: 1 }),

    /** SES surely did not send (a refusal, or throttling): counted failed, claimable again. */
    markFailed: (r: Recipient, at: string, reason: string) =>
      settle(r, "sending", { status: "failed", at, reason }, { failed: 1 }),

    async report(releaseId: string): Promise<NoticeReport | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.noticeReport(releaseId), ConsistentRead: true }),
      );
      return Item ? NoticeReport.parse(withoutKeys(Item)) : undefined;
    },
  };
}

export type NoticeClaimRepository = ReturnType<typeof noticeClaimRepository>;
