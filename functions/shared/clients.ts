import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SFNClient } from "@aws-sdk/client-sfn";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { tracer } from "./observability";

/**
 * One client per service, created once per container. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL_<SERVICE> variables, so the same code talks to AWS or to the emulators.
 */
// Bounded timeouts: an unreachable database must become a 503, not a hanging request.
// Since @smithy/node-http-handler 4.x, requestTimeout alone only logs a warning when exceeded;
// throwOnRequestTimeout makes it end the attempt (found by the DynamoDB fault test: a hung
// DynamoDB held requests until the Lambda itself timed out).
// Three attempts of at most 3 s end within the functions' 10 s timeout, so the caller gets a 503.
const requestHandler = { connectionTimeout: 2_000, requestTimeout: 3_000, throwOnRequestTimeout: true };

export const documentClient = DynamoDBDocumentClient.from(
  tracer.captureAWSv3Client(new DynamoDBClient({ maxAttempts: 3, requestHandler })),
  {
    marshallOptions: { removeUndefinedValues: true },
  },
);

export const stepFunctions = tracer.captureAWSv3Client(new SFNClient({ maxAttempts: 3, requestHandler }));

export const identityProvider = tracer.captureAWSv3Client(
  new CognitoIdentityProviderClient({ maxAttempts: 3, requestHandler }),
);
