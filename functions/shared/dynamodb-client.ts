import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { tracedClient } from "./aws-call-traces";
import { CLIENT_SETTINGS, MARSHALL_OPTIONS } from "./client-settings";

/** The table's low-level client, created once per container (for libraries that take one). */
export const dynamodbClient = tracedClient(new DynamoDBClient(CLIENT_SETTINGS));

/** The table's client, created once per container. */
export const documentClient = DynamoDBDocumentClient.from(dynamodbClient, {
  marshallOptions: { ...MARSHALL_OPTIONS },
});
