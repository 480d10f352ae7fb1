import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
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

export function noticeSubscriptionRepository(db: DynamoDBDocumentClient, tableName: string) {
  const ownedProduct = (o: { ownerId: string; serial: string }) => keys.ownedProduct(o.ownerId, o.serial);
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

    /** Opts one serial out; the owner keeps getting the product's notices while another serial is in. */
    async optOut(optOut: Omit<OptIn, "now">): Promise<void> {
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
                ConditionExpression: "attribute_exists(pk)",
                ExpressionAttributeValues: { ":serial": new Set([optOut.serial]) },
              },
            },
          ],
        }),
      );
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
     * do once unsubscribed. Answers the serials that were opted in.
     */
    async unsubscribe(productId: string, ownerId: string): Promise<string[]> {
      const current = await this.load(productId, ownerId);
      const serials = [...(current?.serials ?? [])];
      if (serials.length === 0) return [];
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: keys.noticeSubscription(productId, ownerId),
                UpdateExpression: "REMOVE serials",
              },
            },
            ...serials.map((serial) => ({
              Update: {
                TableName: tableName,
                Key: keys.ownedProduct(ownerId, serial),
                UpdateExpression: "REMOVE noticesSince",
              },
            })),
          ],
        }),
      );
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
