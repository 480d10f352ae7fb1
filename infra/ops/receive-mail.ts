import { readFileSync } from "node:fs";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { caseRepository } from "#repositories/case-repository";
import { readConfig } from "#shared/config";
import { processInboundMail } from "../../functions/inbound-mail/process-mail";
import { LOCAL_AWS } from "../local/emulators";
import { LOCAL_REPLY_ADDRESS_SECRET } from "../local/stack";

/**
 * `npm run receive-mail -- reply.eml`: feeds a raw message through the same code as the
 * inbound-mail Lambda, against the running local stack (defaults) or any table.
 */
const config = readConfig(
  z.object({
    TABLE_NAME: z._default(z.string(), "support-center"),
    REPLY_ADDRESS_SECRET: z._default(z.string(), LOCAL_REPLY_ADDRESS_SECRET),
    AWS_ENDPOINT_URL_DYNAMODB: z.optional(z.string()),
  }),
);
// Without an endpoint or credentials in the environment, this talks to `npm start`'s DynamoDB Local.
const db = DynamoDBDocumentClient.from(
  new DynamoDBClient(
    process.env.AWS_ACCESS_KEY_ID
      ? {}
      : { ...LOCAL_AWS, endpoint: config.AWS_ENDPOINT_URL_DYNAMODB ?? "http://127.0.0.1:8000" },
  ),
);
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run receive-mail -- <message.eml>");
  process.exit(2);
}
const cases = caseRepository(db, config.TABLE_NAME);
const result = await processInboundMail(readFileSync(file), {
  secret: config.REPLY_ADDRESS_SECRET,
  loadCase: cases.loadCase,
  recordCustomerNote: cases.recordCustomerNote,
  now: () => new Date().toISOString(),
});
console.log(JSON.stringify(result, null, 2));
