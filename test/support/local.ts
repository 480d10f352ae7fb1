import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  SFNClient,
} from "@aws-sdk/client-sfn";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { bearer, type Query, type RequestBody, type Schema } from "#client/api";
import {
  followUpExecutionArn,
  followUpExecutionName,
  followUpExecutionPrefix,
} from "#domain/follow-up-protocol";
import { LOCAL_AWS } from "#infra/local/aws";
import { signToken } from "#infra/local/cognito/identity";
import { FOLLOW_UP_DAY_SECONDS_PATH, LOSE_STOP_REQUESTS_PATH } from "#infra/local/step-functions/server";
import { keys } from "#repositories/keys";
import { profileRepository } from "#repositories/profile-repository";
import type { Group } from "#shared/caller";
import { checkedClient, type RequestOptions, rawCaller } from "./checked-api";
import { eventually } from "./eventually";
import { VALID_CASE } from "./fixtures";

export { VALID_CASE };

export const stack = inject("localStack");

export const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({ ...LOCAL_AWS, endpoint: stack.dynamodbUrl }),
);
export const sfn = new SFNClient({ ...LOCAL_AWS, endpoint: stack.stepFunctionsUrl });

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

/** A fresh user per test keeps tests independent while they share one stack. */
export async function newUser(groups: Group[] = ["customer"]): Promise<TestUser> {
  const id = randomUUID();
  const email = `${groups[0]}-${id.slice(0, 8)}@example.com`;
  return { id, email, token: await signToken(stack.identity, { sub: id, email, groups }) };
}

/**
 * A customer with a profile, as a confirmed sign-up leaves one: staff open cases on behalf of
 * such a customer only, and `GET /me` shows it.
 */
export async function newCustomer(): Promise<TestUser> {
  const user = await newUser(["customer"]);
  const now = new Date().toISOString();
  await profileRepository(db, stack.tableName).createIfMissing({
    userId: user.id,
    email: user.email,
    firstName: "Li",
    lastName: "Wei",
    country: "CN",
    language: "zh-CN",
    company: "Acme GmbH",
    phone: "+86 10 1234 5678",
    privacyConsent: { version: "test", acceptedAt: now },
    createdAt: now,
    updatedAt: now,
  });
  return user;
}

/** The typed client of the shared stack's API; every answer is checked against openapi.json. */
export const client = checkedClient(stack.apiUrl);
/** Any request through `client`, with the whole answer (text, headers, timing). */
export const rawApi = rawCaller(client, stack.apiUrl);

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: Record<string, unknown>;
}

/** Any request, untyped (through `client`, so its answer is checked too); the body parsed as JSON, or {}. */
export async function api(method: string, path: string, options: RequestOptions = {}): Promise<ApiAnswer> {
  const answer = await rawApi(method, path, options);
  return {
    status: answer.status,
    contentType: answer.contentType,
    body: (answer.json ?? {}) as Record<string, unknown>,
  };
}

/** Every page of the agent queue for `query` (filters apply within a page, so all pages are read). */
export async function wholeQueue(agent: TestUser, query: Query<"caseQueue">): Promise<Schema<"StaffCase">[]> {
  const items: Schema<"StaffCase">[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.GET("/queue", {
      params: { query: { limit: "50", ...query, ...(cursor ? { cursor } : {}) } },
      headers: bearer(agent.token),
    });
    if (!page.data)
      throw new Error(`the queue answered ${page.response.status} ${JSON.stringify(page.error)}`);
    items.push(...page.data.items);
    cursor = page.data.nextCursor;
  } while (cursor);
  return items;
}

export async function openCase(
  user: TestUser,
  overrides: Partial<RequestBody<"openCase">> = {},
): Promise<string> {
  const { data, error, response } = await client.POST("/cases", {
    body: { ...VALID_CASE, ...overrides },
    headers: bearer(user.token),
  });
  if (!data) throw new Error(`opening a case failed: ${response.status} ${JSON.stringify(error)}`);
  return data.caseNumber;
}

export interface SentMail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export async function mailsTo(address: string): Promise<SentMail[]> {
  const response = await fetch(`${stack.sesUrl}/store`);
  const { emails } = (await response.json()) as { emails: SentMail[] };
  return emails.filter((mail) => mail.destination.to.includes(address));
}

export function waitForMails(address: string, count: number, timeoutMs = 15_000): Promise<SentMail[]> {
  return eventually(
    `${count} mail(s) to ${address}`,
    async () => {
      const mails = await mailsTo(address);
      return mails.length >= count ? mails : undefined;
    },
    { timeoutMs },
  );
}

export function executionArnFor(caseNumber: string, replyId: string): string {
  return followUpExecutionArn(stack.stateMachineArn, followUpExecutionName(caseNumber, replyId));
}

export async function describeExecution(caseNumber: string, replyId: string) {
  try {
    return await sfn.send(
      new DescribeExecutionCommand({ executionArn: executionArnFor(caseNumber, replyId) }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === "ExecutionDoesNotExist") return undefined;
    throw error;
  }
}

export function waitForExecution(
  caseNumber: string,
  replyId: string,
  done: (execution: DescribeExecutionCommandOutput) => boolean = () => true,
  timeoutMs = 20_000,
) {
  return eventually(
    `execution for case ${caseNumber} reply ${replyId}`,
    async () => {
      const execution = await describeExecution(caseNumber, replyId);
      return execution && done(execution) ? execution : undefined;
    },
    { timeoutMs },
  );
}

/** From now on the local Step Functions endpoint "loses" every StopExecution for this case's executions. */
export async function loseStopRequestsOfCase(caseNumber: string): Promise<void> {
  const response = await fetch(`${stack.stepFunctionsUrl}${LOSE_STOP_REQUESTS_PATH}`, {
    method: "POST",
    body: JSON.stringify({ namePrefix: followUpExecutionPrefix(caseNumber) }),
  });
  if (!response.ok) throw new Error(`could not arrange lost stop requests: ${response.status}`);
}

/** From now on this case's follow-up executions wait `followUpDaySeconds` per day (e.g. to look at a Wait in progress). */
export async function slowFollowUpsOfCase(caseNumber: string, followUpDaySeconds: number): Promise<void> {
  const response = await fetch(`${stack.stepFunctionsUrl}${FOLLOW_UP_DAY_SECONDS_PATH}`, {
    method: "POST",
    body: JSON.stringify({ namePrefix: followUpExecutionPrefix(caseNumber), followUpDaySeconds }),
  });
  if (!response.ok) throw new Error(`could not slow the follow-ups down: ${response.status}`);
}

export const isClosed = (execution: DescribeExecutionCommandOutput) => execution.status !== "RUNNING";

export async function caseItem(caseNumber: string) {
  const { Item } = await db.send(new GetCommand({ TableName: stack.tableName, Key: keys.case(caseNumber) }));
  return Item;
}

export async function itemsOfCase(caseNumber: string) {
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: stack.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.case(caseNumber).pk },
    }),
  );
  return Items;
}
