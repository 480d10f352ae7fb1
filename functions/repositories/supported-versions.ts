import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { supportedVersions } from "#domain/product-versions";
import { keys } from "./keys";
import { isConditionFailure } from "./queries";

/**
 * The current and the previous version of every product with releases (newest first), kept in
 * one item beside the releases: intake reads it in the same request as the license, where a
 * Query of the product's releases would be a request of its own. A product missing from it
 * (releases published before it existed) is read from its releases, as before.
 */
export const SupportedVersionsRecord = z.object({ products: z.record(z.string(), z.array(z.string())) });
export type SupportedVersionsRecord = z.infer<typeof SupportedVersionsRecord>;

/** Publishes racing for the item re-read it and try again; each try is a read and a write. */
const ATTEMPTS = 5;

/**
 * Sets a product's entry from its releases after one was published. The entry is replaced only
 * if nobody changed it since it was read, and `releaseVersions` is read after that, so a
 * concurrent publish either sees this one's entry or makes this one try again.
 */
export async function refreshSupportedVersions(
  db: DynamoDBDocumentClient,
  tableName: string,
  productId: string,
  releaseVersions: () => Promise<string[]>,
): Promise<void> {
  const key = keys.supportedVersions();
  for (let attempt = 1; ; attempt++) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    const seen = Item ? SupportedVersionsRecord.parse(Item).products[productId] : undefined;
    const next = supportedVersions(await releaseVersions());
    try {
      if (!Item) {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...key, products: { [productId]: next } },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
      } else {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: key,
            UpdateExpression: "SET products.#product = :next",
            ConditionExpression: seen
              ? "products.#product = :seen"
              : "attribute_not_exists(products.#product)",
            ExpressionAttributeNames: { "#product": productId },
            ExpressionAttributeValues: { ":next": next, ...(seen ? { ":seen": seen } : {}) },
          }),
        );
      }
      return;
    } catch (error) {
      if (!isConditionFailure(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
