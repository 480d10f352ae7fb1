import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { caseNotes } from "#inbound-mail/case-notes";
import { type ReceiptVerdicts, VERDICT_STATUSES } from "#inbound-mail/mail-authentication";
import { processInboundMail } from "#inbound-mail/process-mail";
import { replyAddressKey } from "#inbound-mail/reply-address-key";
import { readConfig } from "#shared/config";
import { LOCAL_AWS } from "../local/aws";
import { LOCAL_REPLY_ADDRESS_SECRET } from "../local/stack";

const USAGE = `usage: npm run receive-mail -- <message.eml> [--spf S] [--dkim S] [--dmarc S] [--spam S] [--virus S]
  S is SES's verdict: ${VERDICT_STATUSES.join(" | ")} (default PASS for each)`;

/**
 * `npm run receive-mail -- reply.eml`: feeds a raw message through the same code as the
 * inbound-mail Lambda, against the running local stack (defaults) or any table. The flags set
 * the verdicts SES would have given (a forged From: `--dmarc FAIL`).
 */
const config = readConfig(
  z.object({
    TABLE_NAME: z._default(z.string(), "support-center"),
    AWS_ENDPOINT_URL_DYNAMODB: z.optional(z.string()),
  }),
);

const verdict = z._default(z.enum(VERDICT_STATUSES), "PASS");
const Arguments = z.object({
  file: z.string().check(z.minLength(1)),
  verdicts: z.object({ spf: verdict, dkim: verdict, dmarc: verdict, spam: verdict, virus: verdict }),
});

function readArguments(): { file: string; verdicts: ReceiptVerdicts } {
  try {
    const verdictFlag = { type: "string" } as const;
    const { values, positionals } = parseArgs({
      options: {
        spf: verdictFlag,
        dkim: verdictFlag,
        dmarc: verdictFlag,
        spam: verdictFlag,
        virus: verdictFlag,
      },
      allowPositionals: true,
    });
    const upperCased = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value?.toUpperCase()]),
    );
    return readConfig(Arguments, { file: positionals[0], verdicts: upperCased }, "arguments");
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const { file, verdicts } = readArguments();
// Without an endpoint or credentials in the environment, this talks to `npm start`'s DynamoDB Local.
const db = DynamoDBDocumentClient.from(
  new DynamoDBClient(
    process.env.AWS_ACCESS_KEY_ID
      ? {}
      : { ...LOCAL_AWS, endpoint: config.AWS_ENDPOINT_URL_DYNAMODB ?? "http://127.0.0.1:8000" },
  ),
);
const cases = caseNotes({ db, tableName: config.TABLE_NAME });
const result = await processInboundMail(
  readFileSync(file),
  {
    // The functions' reader; the local stack's key unless REPLY_ADDRESS_SECRET says otherwise.
    secret: await replyAddressKey({ REPLY_ADDRESS_SECRET: LOCAL_REPLY_ADDRESS_SECRET, ...process.env })(),
    ...cases,
    now: () => new Date().toISOString(),
  },
  { verdicts },
);
console.log(JSON.stringify(result, null, 2));
