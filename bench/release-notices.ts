import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DescribeExecutionCommand, SFNClient } from "@aws-sdk/client-sfn";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { LOCAL_AWS } from "#infra/local/aws";
import { noticeRunName, releaseIdOf } from "#notices/release-notices";
import { seedNoticeOwners } from "../test/support/notice-owners";
import type { BenchUser } from "./api-client";

export interface NoticeFanOut {
  owners: number;
  concurrency: number;
  sent: number;
  status: string;
  seconds: number;
  perSecond: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * One release published to `owners` opted-in owners: the run from its start to its end (the
 * execution's own dates), and the notices the local SES received for them.
 */
export async function runNoticeFanOut(options: {
  admin: BenchUser;
  owners: number;
  concurrency: number;
  dynamodbUrl: string;
  tableName: string;
  stepFunctionsUrl: string;
  stateMachineArn: string;
  sesUrl: string;
  timeoutMs: number;
}): Promise<NoticeFanOut> {
  const productId = `bench-notices-${Date.now().toString(36)}`;
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ ...LOCAL_AWS, endpoint: options.dynamodbUrl }));
  const sfn = new SFNClient({ ...LOCAL_AWS, endpoint: options.stepFunctionsUrl });
  try {
    const owners = await seedNoticeOwners(db, options.tableName, {
      productId,
      productName: "Acme Backup Server",
      owners: options.owners,
      optedIn: () => true,
      language: (i) => (i % 2 === 0 ? "en" : "zh-CN"),
    });
    const release = { productId, version: "12.1", build: 1 };
    const { data, response } = await options.admin.api.POST("/admin/releases", {
      body: {
        ...release,
        sizeBytes: 5,
        releasedOn: "2026-11-20",
        notes: "",
        fileName: "setup.exe",
        whatsNew: "Faster.",
      },
    });
    if (!data) throw new Error(`POST /admin/releases answered ${response.status}`);
    const upload = await fetch(data.upload.url, { method: "PUT", body: "build" });
    if (!upload.ok) throw new Error(`the upload answered ${upload.status}`);
    const executionArn = `${options.stateMachineArn.replace(":stateMachine:", ":execution:")}:${noticeRunName(releaseIdOf(release))}`;
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
      const execution = await sfn
        .send(new DescribeExecutionCommand({ executionArn }))
        .catch((error: unknown) => {
          if (error instanceof Error && error.name === "ExecutionDoesNotExist") return undefined;
          throw error;
        });
      if (execution && execution.status !== "RUNNING") {
        const seconds = ((execution.stopDate?.getTime() ?? 0) - (execution.startDate?.getTime() ?? 0)) / 1000;
        const addresses = new Set(owners.map((o) => o.email));
        const store = (await (await fetch(`${options.sesUrl}/store`)).json()) as {
          emails: { destination: { to: string[] } }[];
        };
        const sent = store.emails.filter((m) => m.destination.to.some((to) => addresses.has(to))).length;
        return {
          owners: options.owners,
          concurrency: options.concurrency,
          sent,
          status: execution.status ?? "UNKNOWN",
          seconds,
          perSecond: sent / seconds,
        };
      }
      if (Date.now() > deadline) throw new Error(`the notices of ${productId} did not finish in time`);
      await sleep(200);
    }
  } finally {
    db.destroy();
    sfn.destroy();
  }
}
