import { randomUUID } from "node:crypto";
import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Language } from "#domain/language";
import { keys } from "#repositories/keys";

/**
 * Owners of one product written straight into the table (not through Cognito): each a profile,
 * a license registered to them, their owned product and, when opted in, the product's
 * subscription item, exactly as registration and notice-subscription-repository's optIn write them.
 * For the fan-out's tests and `npm run bench`.
 */
export interface SeededOwner {
  ownerId: string;
  email: string;
  language: Language;
  firstName: string;
  serial: string;
  optedIn: boolean;
}

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const group = (n: number, seed: number) =>
  Array.from(
    { length: 5 },
    (_, i) => CHARS[(Math.floor(seed / CHARS.length ** i) + n * 7) % CHARS.length],
  ).join("");

/** A 5x5 serial unique per run tag and index. */
function serialOf(tag: string, index: number): string {
  return [tag, group(1, index), group(2, index), group(3, index), group(4, index)].join("-");
}

export interface SeedOptions {
  productId: string;
  productName: string;
  owners: number;
  /** Owners with index % optOutEvery === 0 … are not opted in; given as a predicate. */
  optedIn: (index: number) => boolean;
  language: (index: number) => Language;
}

export async function seedNoticeOwners(
  db: DynamoDBDocumentClient,
  tableName: string,
  options: SeedOptions,
): Promise<SeededOwner[]> {
  const tag = randomUUID()
    .replace(/[^A-Z0-9]/gi, "")
    .slice(0, 5)
    .toUpperCase();
  const now = new Date().toISOString();
  const owners: SeededOwner[] = Array.from({ length: options.owners }, (_, index) => {
    const ownerId = randomUUID();
    return {
      ownerId,
      email: `owner-${index}-${tag.toLowerCase()}@example.com`,
      language: options.language(index),
      firstName: options.language(index) === "en" ? `Ana${index}` : `小明${index}`,
      serial: serialOf(tag, index),
      optedIn: options.optedIn(index),
    };
  });
  const items = owners.flatMap((owner) => [
    {
      ...keys.profile(owner.ownerId),
      userId: owner.ownerId,
      email: owner.email,
      firstName: owner.firstName,
      lastName: owner.language === "en" ? "Iyengar" : "王",
      language: owner.language,
      createdAt: now,
      updatedAt: now,
    },
    {
      ...keys.license(owner.serial),
      serial: owner.serial,
      productId: options.productId,
      productName: options.productName,
      edition: "Enterprise",
      language: "en",
      licenseCount: 1,
      productVersion: "12.0",
      plans: [],
      incidentCredits: 0,
      ownerId: owner.ownerId,
      registeredAt: now,
    },
    {
      ...keys.ownedProduct(owner.ownerId, owner.serial),
      serial: owner.serial,
      registeredAt: now,
      ...(owner.optedIn ? { noticesSince: now } : {}),
    },
    ...(owner.optedIn
      ? [
          {
            ...keys.noticeSubscription(options.productId, owner.ownerId),
            productId: options.productId,
            ownerId: owner.ownerId,
            since: now,
            serials: new Set([owner.serial]),
          },
        ]
      : []),
  ]);
  await writeAll(db, tableName, items);
  return owners;
}

async function writeAll(db: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]) {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  // A few batches at a time: DynamoDB Local on two cores.
  for (let i = 0; i < batches.length; i += 4) {
    await Promise.all(
      batches.slice(i, i + 4).map(async (batch) => {
        let pending: Record<string, unknown>[] = batch.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length > 0) {
          const answer = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
          pending = (answer.UnprocessedItems?.[tableName] ?? []) as Record<string, unknown>[];
        }
      }),
    );
  }
}
