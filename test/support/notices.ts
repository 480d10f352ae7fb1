import { DescribeExecutionCommand, type DescribeExecutionCommandOutput } from "@aws-sdk/client-sfn";
import { expect } from "vitest";
import type { Language } from "#domain/language";
import { LAMBDA_FAULTS_PATH, LAMBDA_HOLDS_PATH } from "#infra/local/step-functions/lambda-gates";
import { noticeRunName, releaseIdOf } from "#notices/release-notices";
import { eventually } from "./eventually";
import { day } from "./fixtures";
import { api, db, type SentMail, sfn, stack, type TestUser } from "./local";
import { type SeededOwner, seedNoticeOwners } from "./notice-owners";

export const SEND_NOTICE_FUNCTION = "send-release-notice";

/** Owners of a fresh product: `owners` of them, every `optOutEvery`-style predicate decides who opted in. */
export function seedOwners(
  productId: string,
  owners: number,
  optedIn: (index: number) => boolean,
): Promise<SeededOwner[]> {
  const language = (index: number): Language => (index % 2 === 0 ? "en" : "zh-CN");
  return seedNoticeOwners(db, stack.tableName, {
    productId,
    productName: "Acme Backup & Restore",
    owners,
    optedIn,
    language,
  });
}

export const RELEASE_NOTES = {
  whatsNew: "Restores of large virtual machines are <faster>.",
  knownIssues: "Tape libraries need firmware 4.2.",
  installationNotes: "Stop the backup service first.",
};

/** Publishes a build and uploads its file: the upload is what makes it available (and notifies). */
export async function publishAndUpload(admin: TestUser, productId: string, build: number) {
  const release = { productId, version: "12.2", build };
  const answer = await api("POST", "/admin/releases", {
    user: admin,
    json: { ...release, sizeBytes: 5, releasedOn: day(0), fileName: "setup.exe", ...RELEASE_NOTES },
  });
  expect(answer.status).toBe(201);
  const { upload } = answer.body as { upload: { url: string } };
  expect((await fetch(upload.url, { method: "PUT", body: "build" })).status).toBe(200);
  return { ...release, releaseId: releaseIdOf(release) };
}

export const noticeExecutionArn = (name: string) =>
  `${stack.noticesStateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`;

export function runClosed(
  releaseId: string,
  run = 1,
  timeoutMs = 180_000,
): Promise<DescribeExecutionCommandOutput> {
  const executionArn = noticeExecutionArn(noticeRunName(releaseId, run));
  return eventually(
    `run ${run} of ${releaseId}'s notices`,
    async () => {
      try {
        const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        return execution.status === "RUNNING" ? undefined : execution;
      } catch (error) {
        if (error instanceof Error && error.name === "ExecutionDoesNotExist") return undefined;
        throw error;
      }
    },
    { timeoutMs, intervalMs: 250 },
  );
}

/** Every mail the local SES holds to any of these addresses. */
export async function mailsToAny(addresses: Iterable<string>): Promise<(SentMail & NoticeHeaders)[]> {
  const wanted = new Set(addresses);
  const response = await fetch(`${stack.sesUrl}/store`);
  const { emails } = (await response.json()) as { emails: (SentMail & NoticeHeaders)[] };
  return emails.filter((mail) => mail.destination.to.some((to) => wanted.has(to)));
}

export interface NoticeHeaders {
  headers?: { name: string; value: string }[];
}

export const header = (mail: NoticeHeaders, name: string) =>
  mail.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

async function localHook(path: string, method: string, body?: object) {
  const response = await fetch(`${stack.stepFunctionsUrl}${path}`, {
    method,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
}

/** The send function fails (a crash the retries cannot fix) from its `after`+1th invocation on. */
export const failSendsAfter = (after: number) =>
  localHook(LAMBDA_FAULTS_PATH, "POST", {
    functionName: SEND_NOTICE_FUNCTION,
    after,
    error: "Sandbox.Timedout",
  });
export const clearLambdaFaults = () => localHook(LAMBDA_FAULTS_PATH, "DELETE");

/** Parks every send until released; answers how many are waiting. */
export async function holdSends(held: boolean): Promise<number> {
  const answer = await localHook(LAMBDA_HOLDS_PATH, "POST", { functionName: SEND_NOTICE_FUNCTION, held });
  return Number(answer.waiting ?? 0);
}

export async function sendsWaiting(): Promise<number> {
  const { holds } = (await localHook(LAMBDA_HOLDS_PATH, "GET")) as {
    holds: { functionName: string; waiting: number }[];
  };
  return holds.find((h) => h.functionName === SEND_NOTICE_FUNCTION)?.waiting ?? 0;
}
