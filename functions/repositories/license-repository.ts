import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { DomainError } from "#domain/errors";
import { PLAN_IDS } from "#domain/plans";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure, queryAllByPrefix } from "./queries";

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"));

export const PlanTerm = z.object({ plan: z.enum(PLAN_IDS), startsOn: Day, endsOn: Day });
export type PlanTerm = z.infer<typeof PlanTerm>;

/** What the vendor issued under one serial: the catalog entry, plus its owner once registered. */
export const LicenseRecord = z.object({
  serial: z.string(),
  productId: z.string(),
  productName: z.string(),
  edition: z.string(),
  language: z.string(),
  licenseCount: z.number(),
  productVersion: z.string(),
  trialEndsOn: z.optional(Day),
  plans: z.array(PlanTerm),
  incidentCredits: z.number(),
  ownerId: z.optional(z.string()),
  registeredAt: z.optional(z.string()),
});
export type LicenseRecord = z.infer<typeof LicenseRecord>;

/** What the owner's own product item records beside the serial: the release-notice opt-in (notice-subscription-repository.ts). */
const OwnedMarks = z.object({ noticesSince: z.optional(z.string()) });

/** A license as its owner's list has it: the catalog entry, and since when its release notices are opted in. */
export type OwnedLicense = LicenseRecord & { noticesSince?: string };

/** The catalog fields an import may set; ownership is never imported. */
export type CatalogEntry = Omit<LicenseRecord, "ownerId" | "registeredAt">;

export type ImportOutcome = "created" | "updated" | "unchanged";

export type RegistrationOutcome =
  | "registered"
  | "already-yours"
  | "registered-to-another-account"
  | "unknown";

const CATALOG_FIELDS = [
  "productId",
  "productName",
  "edition",
  "language",
  "licenseCount",
  "productVersion",
  "trialEndsOn",
  "plans",
  "incidentCredits",
] as const;

function sameCatalogEntry(a: CatalogEntry, b: CatalogEntry): boolean {
  return CATALOG_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

export function licenseRepository(db: DynamoDBDocumentClient, tableName: string) {
  async function load(serial: string): Promise<LicenseRecord | undefined> {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: keys.license(serial), ConsistentRead: true }),
    );
    return Item ? LicenseRecord.parse(withoutKeys(Item)) : undefined;
  }

  /** Replaces the catalog fields only if nobody changed the entry since it was read. */
  async function overwriteCatalog(entry: CatalogEntry, seen: LicenseRecord): Promise<void> {
    const { trialEndsOn, ...fields } = Object.fromEntries(
      CATALOG_FIELDS.map((f) => [f, entry[f]]),
    ) as CatalogEntry;
    const names = Object.keys(fields);
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.license(entry.serial),
        ConditionExpression: "plans = :seenPlans AND incidentCredits = :seenCredits",
        UpdateExpression: `SET ${names.map((n) => `#${n} = :${n}`).join(", ")}${trialEndsOn ? ", trialEndsOn = :trial" : " REMOVE trialEndsOn"}`,
        ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(fields).map(([n, v]) => [`:${n}`, v])),
          ...(trialEndsOn ? { ":trial": trialEndsOn } : {}),
          ":seenPlans": seen.plans,
          ":seenCredits": seen.incidentCredits,
        },
      }),
    );
  }

  return {
    load,

    /** Idempotent by serial: a re-imported row changes nothing, an edited row updates the catalog fields. */
    async importEntry(entry: CatalogEntry): Promise<ImportOutcome> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.license(entry.serial), ...entry },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
        return "created";
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const existing = await load(entry.serial);
      if (!existing) throw new Error(`license ${entry.serial} vanished during import`);
      if (sameCatalogEntry(existing, entry)) return "unchanged";
      await overwriteCatalog(entry, existing);
      return "updated";
    },

    /**
     * Claims the serial for the caller and lists it among the caller's products, in one
     * transaction: of two accounts racing for one serial, exactly one wins.
     */
    async register(userId: string, serial: string, now: string): Promise<RegistrationOutcome> {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: keys.license(serial),
                  ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(ownerId)",
                  UpdateExpression: "SET ownerId = :owner, registeredAt = :now",
                  ExpressionAttributeValues: { ":owner": userId, ":now": now },
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.ownedProduct(userId, serial), serial, registeredAt: now },
                },
              },
            ],
          }),
        );
        return "registered";
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const license = await load(serial);
        if (!license) return "unknown";
        return license.ownerId === userId ? "already-yours" : "registered-to-another-account";
      }
    },

    /** The caller's licenses, in serial order, each with when its release notices were opted in (if they are). */
    async listOwned(userId: string): Promise<OwnedLicense[]> {
      const owned = await queryAllByPrefix(db, tableName, keys.ownedProductsOf(userId));
      const noticesSince = new Map(
        owned.map((item) => [String(item.serial), OwnedMarks.parse(item).noticesSince] as const),
      );
      const serials = [...noticesSince.keys()];
      const licenses: OwnedLicense[] = [];
      // BatchGetItem takes at most 100 keys per call.
      for (let i = 0; i < serials.length; i += 100) {
        const batch = serials.slice(i, i + 100);
        const { Responses } = await db.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: batch.map((s) => keys.license(s)) } } }),
        );
        for (const item of Responses?.[tableName] ?? []) {
          const license = LicenseRecord.parse(withoutKeys(item));
          const since = noticesSince.get(license.serial);
          licenses.push(since ? { ...license, noticesSince: since } : license);
        }
      }
      return licenses.sort((a, b) => a.serial.localeCompare(b.serial));
    },

    /** Sets one plan's term (a new plan, an extension or a renewal), keeping the others. */
    async setPlan(
      serial: string,
      term: PlanTerm,
      replacing?: PlanTerm["plan"],
    ): Promise<LicenseRecord | undefined> {
      const license = await load(serial);
      if (!license) return undefined;
      const plans = [...license.plans.filter((p) => p.plan !== term.plan && p.plan !== replacing), term];
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.license(serial),
            ConditionExpression: "plans = :seen",
            UpdateExpression: "SET plans = :plans",
            ExpressionAttributeValues: { ":seen": license.plans, ":plans": plans },
            ReturnValues: "ALL_NEW",
          }),
        );
        return LicenseRecord.parse(withoutKeys(Attributes ?? {}));
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        throw new DomainError("concurrent-update", `License ${serial} changed meanwhile; try again.`);
      }
    },

    async addCredits(serial: string, credits: number): Promise<LicenseRecord | undefined> {
      try {
        const { Attributes } = await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.license(serial),
            ConditionExpression: "attribute_exists(pk)",
            UpdateExpression: "ADD incidentCredits :credits",
            ExpressionAttributeValues: { ":credits": credits },
            ReturnValues: "ALL_NEW",
          }),
        );
        return LicenseRecord.parse(withoutKeys(Attributes ?? {}));
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
  };
}

export type LicenseRepository = ReturnType<typeof licenseRepository>;
