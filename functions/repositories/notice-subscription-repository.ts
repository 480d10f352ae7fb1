import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { cursorShapes, decodeCursor, encodeCursor } from "./cursor";
import { keys } from "./keys";
import { isConditionFailure } from "./queries";

/**
 * Release notices are opt-in per registered product (DOMAIN.md section 2, issue 15). The owned
 * product records when its owner opted in (`noticesSince`, as consent is recorded); the product's
 * NOTICES partition lists who gets its notices, one item per owner with the serials they opted
 * in for, so publishing reads one partition and an owner of two serials gets one notice.
 */
export const NoticeSubscription = z.object({
  productId: z.string(),
  ownerId: z.string(),
  /** Serials opted in; DynamoDB drops an emptied set, so a lapsed subscription has none. */
  serials: z.optional(z.set(z.string())),
  since: z.string(),
});
export type NoticeSubscription = z.infer<typeof NoticeSubscription>;

export interface OptIn {
  ownerId: string;
  serial: string;
  productId: string;
  now: string;
}

/** A subscriber of a product still gets notices: at least one serial opted in. */
export const SUBSCRIBED_CONDITION = "attribute_exists(serials)";

const MAX_SERIALS_PER_TRANSACTION = 99;

/** Which items of a transaction failed their condition, or undefined when it failed otherwise. */
function failedConditions(error: unknown): boolean[] | undefined {
  if (!(error instanceof TransactionCanceledException) || !isConditionFailure(error)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code === "ConditionalCheckFailed");
}

export function noticeSubscriptionRepository(db: DynamoDBDocumentClient, tableName: string) {
  const ownedProduct = (o: { ownerId: string; serial: string }) => keys.ownedProduct(o.ownerId, o.serial);

  async function clearMark(serial: { ownerId: string; serial: string }): Promise<boolean> {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: ownedProduct(serial),
          UpdateExpression: "REMOVE noticesSince",
          ConditionExpression: "attribute_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  return {
    /** Opts the owner's serial in; false when the serial is not theirs. Idempotent, keeps the first time. */
    async optIn(optIn: OptIn): Promise<boolean> {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: ownedProduct(optIn),
                  UpdateExpression: "SET noticesSince = if_not_exists(noticesSince, :now)",
                  ConditionExpression: "attribute_exists(pk)",
                  ExpressionAttributeValues: { ":now": optIn.now },
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: keys.noticeSubscription(optIn.productId, optIn.ownerId),
                  UpdateExpression:
                    "SET productId = :product, ownerId = :owner, since = if_not_exists(since, :now) ADD serials :serial",
                  ExpressionAttributeValues: {
                    ":product": optIn.productId,
                    ":owner": optIn.ownerId,
                    ":now": optIn.now,
                    ":serial": new Set([optIn.serial]),
                  },
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /**
     * Opts one serial out; the owner keeps getting the product's notices while another serial is
     * in. Idempotent (a serial never opted in is out already); false when the serial is not theirs.
     */
    async optOut(optOut: Omit<OptIn, "now">): Promise<boolean> {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: ownedProduct(optOut),
                  UpdateExpression: "REMOVE noticesSince",
                  ConditionExpression: "attribute_exists(pk)",
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: keys.noticeSubscription(optOut.productId, optOut.ownerId),
                  UpdateExpression: "DELETE serials :serial",
                  // Never opted in: no subscription item, and none is made up (it would lack its fields).
                  ConditionExpression: "attribute_exists(pk)",
                  ExpressionAttributeValues: { ":serial": new Set([optOut.serial]) },
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        const failed = failedConditions(error);
        if (!failed) throw error;
        if (failed[0]) return false;
        // Owned but never subscribed: only the owned product's mark (if any) to clear.
        return clearMark(optOut);
      }
    },

    /** When the owner opted this serial in, or undefined when it is out (or not theirs). */
    async optedInSince(serial: { ownerId: string; serial: string }): Promise<string | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: ownedProduct(serial), ConsistentRead: true }),
      );
      const since: unknown = Item?.noticesSince;
      return typeof since === "string" ? since : undefined;
    },

    async load(productId: string, ownerId: string): Promise<NoticeSubscription | undefined> {
      const { Item } = await db.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.noticeSubscription(productId, ownerId),
          ConsistentRead: true,
        }),
      );
      return Item ? NoticeSubscription.parse(Item) : undefined;
    },

    /**
     * The one-click unsubscribe: every serial of the product out at once. Idempotent: nothing to
     * do once unsubscribed. Answers the serials that were opted in. DELETE takes out exactly the
     * serials read, so a serial opted in meanwhile stays in together with its owned product's mark.
     */
    async unsubscribe(productId: string, ownerId: string): Promise<string[]> {
      const current = await this.load(productId, ownerId);
      const serials = [...(current?.serials ?? [])];
      // A transaction holds at most 100 items: the subscription and up to 99 serials each.
      for (let i = 0; i < serials.length; i += MAX_SERIALS_PER_TRANSACTION) {
        const chunk = serials.slice(i, i + MAX_SERIALS_PER_TRANSACTION);
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: keys.noticeSubscription(productId, ownerId),
                  UpdateExpression: "DELETE serials :serials",
                  ExpressionAttributeValues: { ":serials": new Set(chunk) },
                },
              },
              ...chunk.map((serial) => ({
                Update: {
                  TableName: tableName,
                  Key: keys.ownedProduct(ownerId, serial),
                  UpdateExpression: "REMOVE noticesSince",
                },
              })),
            ],
          }),
        );
      }
      return serials;
    },

    /** One page of a product's subscribers, for the fan-out; undefined for a cursor not issued here. */
    async subscribersPage(productId: string, limit: number, cursor?: string) {
      const partition = keys.noticeSubscribersOf(productId);
      const startKey = cursor ? decodeCursor(cursor, cursorShapes.noticeSubscribers(productId)) : undefined;
      if (cursor && !startKey) return undefined;
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          FilterExpression: SUBSCRIBED_CONDITION,
          ExpressionAttributeValues: { ":pk": partition.pk, ":prefix": partition.skPrefix },
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => NoticeSubscription.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },
  };
}
