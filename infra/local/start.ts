import { resolve } from "node:path";
import * as z from "zod/mini";
import { ROUTES } from "#api/routes";
import { readConfig } from "#shared/config";
import { buildWeb, WEB_OUTPUT } from "../../web/build";
import { REPOSITORY_ROOT } from "../repository";
import { setUpDemo } from "./demo";
import { DEMO_CUSTOMER_SERIALS } from "./demo-catalog";
import { DEMO_USERS } from "./demo-data";
import { startLocalStack } from "./stack";

/** `npm start`: the whole stack on fixed ports, demo users and a demo case, until Ctrl-C. */
const Port = (fallback: number) =>
  z._default(
    z.pipe(z.string().check(z.regex(/^\d+$/, "must be a port number")), z.transform(Number)),
    fallback,
  );

const config = readConfig(
  z.object({
    FOLLOW_UP_DAY_SECONDS: z._default(
      z.pipe(z.string().check(z.regex(/^\d+(\.\d+)?$/, "must be a number of seconds")), z.transform(Number)),
      10,
    ),
    API_PORT: Port(3000),
    SES_PORT: Port(8005),
    STEP_FUNCTIONS_PORT: Port(8083),
    DYNAMODB_PORT: Port(8000),
    COGNITO_PORT: Port(9229),
    S3_PORT: Port(4569),
    STREAM_CONSUMER_PORT: Port(8084),
  }),
);

await buildWeb();
console.log(`Customer portal: http://127.0.0.1:${config.API_PORT}/portal/ (starting the stack…)`);
const stack = await startLocalStack({
  webRoot: WEB_OUTPUT,
  ports: {
    api: config.API_PORT,
    ses: config.SES_PORT,
    stepFunctions: config.STEP_FUNCTIONS_PORT,
    dynamodb: config.DYNAMODB_PORT,
    cognito: config.COGNITO_PORT,
    s3: config.S3_PORT,
    streamConsumer: config.STREAM_CONSUMER_PORT,
  },
  followUpDaySeconds: config.FOLLOW_UP_DAY_SECONDS,
  log: (line) => console.log(line),
});

const demo = await setUpDemo(stack, resolve(REPOSITORY_ROOT, ".local/tokens.env"));

console.log(`
Customer portal       ${stack.portalUrl}
Agent desk            ${stack.portalUrl}desk    (sign in as agent@example.com; admins also get ${stack.portalUrl}admin)
Executions console    ${stack.consoleUrl}   (every follow-up execution, as the Step Functions console shows it)

Support center running locally (one follow-up day = ${config.FOLLOW_UP_DAY_SECONDS} s; a whole sequence takes ${10 * config.FOLLOW_UP_DAY_SECONDS} s)

  API                 ${stack.apiUrl}
  API reference       ${stack.apiUrl}${ROUTES.apiReference.path}       (the OpenAPI document: ${stack.apiUrl}${ROUTES.openApiDocument.path})
  Sent mail viewer    ${stack.sesUrl}            (JSON: ${stack.sesUrl}/store)
  Follow-up runs      ${stack.consoleUrl}   (JSON: ${stack.stepFunctionsUrl}/executions; or npm run follow-ups -- <case>)
  DynamoDB Local      ${stack.dynamodbUrl}       (table ${stack.tableName})
  Stream consumer     ${stack.streamConsumerUrl}       (settings and counters; given-up batches: /failures)
  Cognito (local)     ${stack.cognitoUrl}       (user pool ${stack.userPoolId}; codes arrive in the mail viewer)
  Local S3            ${stack.s3Url}       (bucket ${stack.filesBucket}: release downloads)

Demo users (ID tokens valid 15 minutes; sign in again with POST /sessions):
${DEMO_USERS.map((u) => `  ${u.email.padEnd(22)} ${u.password.padEnd(18)} ${u.groups.join(", ")}`).join("\n")}
  source .local/tokens.env      # sets CUSTOMER_TOKEN, AGENT_TOKEN, ADMIN_TOKEN, API and MAIL_VIEWER

Demo licenses (every plan of Table A, an expired plan, a trial, an old version): see README.
The customer owns ${DEMO_CUSTOMER_SERIALS.join(", ")}.

Demo case ${demo.caseNumber} is open. Answer it in the desk (${stack.portalUrl}desk/cases/${demo.caseNumber}), or with curl,
and watch the follow-ups arrive:
  curl -s -X POST $API/cases/${demo.caseNumber}/replies -H "authorization: Bearer $AGENT_TOKEN" \\
       -H 'content-type: application/json' -d '{"message":"Please update to build 4711."}'

Ctrl-C stops everything.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log("\nstopping…");
    stack.stop().then(() => process.exit(0));
  });
}
