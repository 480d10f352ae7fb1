import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { LANGUAGES } from "#domain/language";
import { keys, withoutKeys } from "./keys";
import { isConditionFailure } from "./queries";

/**
 * A person's profile: the support center's own record of who they are. Cognito holds the
 * credentials; names, country, consent and preferences live here, where our code validates them.
 */
export const ProfileRecord = z.object({
  userId: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  country: z.optional(z.string()),
  language: z.enum(LANGUAGES),
  company: z.optional(z.string()),
  phone: z.optional(z.string()),
  /** Which privacy statement the person accepted, and when (DOMAIN.md section 1). */
  privacyConsent: z.optional(z.object({ version: z.string(), acceptedAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProfileRecord = z.infer<typeof ProfileRecord>;

export type ProfileChange = Partial<
  Pick<ProfileRecord, "firstName" | "lastName" | "country" | "language" | "company" | "phone">
>;

export function profileRepository(db: DynamoDBDocumentClient, tableName: string) {
  async function get(key: { pk: string; sk: string }): Promise<ProfileRecord | undefined> {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    return Item ? ProfileRecord.parse(withoutKeys(Item)) : undefined;
  }

  return {
    load: (userId: string) => get(keys.profile(userId)),

    /**
     * The sign-up record: the profile as POST /accounts was given it, for the account Cognito just
     * created. Only an account with one becomes a customer at confirmation, so an account made
     * past the API (a direct Cognito SignUp) never does, and its attributes are never read.
     */
    async recordSignUp(profile: ProfileRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.signUp(profile.userId), ...profile },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    },

    loadSignUp: (userId: string) => get(keys.signUp(userId)),

    /** Creates the profile unless it exists; safe to repeat (a retried confirmation, a first GET /me). */
    async createIfMissing(profile: ProfileRecord): Promise<void> {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.profile(profile.userId), ...profile },
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async update(userId: string, change: ProfileChange, now: string): Promise<ProfileRecord> {
      const fields = Object.entries(change).filter(([, value]) => value !== undefined);
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.profile(userId),
          ConditionExpression: "attribute_exists(pk)",
          UpdateExpression: `SET ${[...fields.map(([name]) => `#${name} = :${name}`), "updatedAt = :now"].join(", ")}`,
          ExpressionAttributeNames: Object.fromEntries(fields.map(([name]) => [`#${name}`, name])),
          ExpressionAttributeValues: {
            ...Object.fromEntries(fields.map(([name, value]) => [`:${name}`, value])),
            ":now": now,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return ProfileRecord.parse(withoutKeys(Attributes ?? {}));
    },
  };
}

export type ProfileRepository = ReturnType<typeof profileRepository>;
