import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { CLIENT_SETTINGS } from "./client-settings";
import { tracer } from "./observability";

/** The user pool's client, for the account and staff routes; created once per container. */
export const identityProvider = tracer.captureAWSv3Client(new CognitoIdentityProviderClient(CLIENT_SETTINGS));
