import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { identityProvider } from "#accounts/identity-provider";
import { PRIVACY_STATEMENT } from "#domain/privacy";
import { profileRepository } from "#repositories/profile-repository";
import type { Group } from "#shared/caller";
import { LOCAL_AWS } from "./aws";
import type { LocalStack } from "./stack";

export interface DemoUser {
  name: "CUSTOMER" | "AGENT" | "ADMIN";
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  groups: Group[];
}

/** Local-only passwords, documented in the README; they satisfy the production policy. */
export const DEMO_USERS: DemoUser[] = [
  {
    name: "CUSTOMER",
    email: "customer@example.com",
    password: "Customer#2026!",
    firstName: "Mei",
    lastName: "Lin",
    groups: ["customer"],
  },
  {
    name: "AGENT",
    email: "agent@example.com",
    password: "Agent#2026!pass",
    firstName: "Sam",
    lastName: "Support",
    groups: ["agent"],
  },
  {
    name: "ADMIN",
    email: "admin@example.com",
    password: "Admin#2026!pass",
    firstName: "Ada",
    lastName: "Admin",
    groups: ["admin", "agent"],
  },
];

type Pool = Pick<LocalStack, "cognitoUrl" | "userPoolId" | "identity" | "dynamodbUrl" | "tableName">;

/**
 * A confirmed user in its groups with a profile, signed up the way the API does it (Cognito gets
 * the credentials, the table the profile), then confirmed by an admin call.
 */
export async function createConfirmedUser(pool: Pool, user: Omit<DemoUser, "name">): Promise<void> {
  const cognito = new CognitoIdentityProviderClient({ ...LOCAL_AWS, endpoint: pool.cognitoUrl });
  const db = new DynamoDBClient({ ...LOCAL_AWS, endpoint: pool.dynamodbUrl });
  const identity = identityProvider(cognito, {
    userPoolId: pool.userPoolId,
    clientId: pool.identity.audience,
  });
  try {
    const userId = await identity.signUp(user.email, user.password);
    if (!userId) throw new Error(`${user.email} exists already`);
    await cognito.send(new AdminConfirmSignUpCommand({ UserPoolId: pool.userPoolId, Username: user.email }));
    for (const group of user.groups) await identity.addToGroup(userId, group);
    const now = new Date().toISOString();
    await profileRepository(DynamoDBDocumentClient.from(db), pool.tableName).createIfMissing({
      userId,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      country: "CN",
      language: "en",
      privacyConsent: { version: PRIVACY_STATEMENT.version, acceptedAt: now },
      createdAt: now,
      updatedAt: now,
    });
  } finally {
    cognito.destroy();
    db.destroy();
  }
}

/** Creates the demo accounts as confirmed Cognito users in their groups, with their profiles. */
export async function createDemoUsers(pool: Pool): Promise<void> {
  for (const user of DEMO_USERS) await createConfirmedUser(pool, user);
}
