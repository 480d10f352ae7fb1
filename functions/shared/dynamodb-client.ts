import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CLIENT_SETTINGS } from "./client-settings";
import { tracer } from "./observability";

/** The table's client, created once per container. */
export const documentClient = DynamoDBDocumentClient.from(
  tracer.captureAWSv3Client(new DynamoDBClient(CLIENT_SETTINGS)),
  { marshallOptions: { removeUndefinedValues: true } },
);
