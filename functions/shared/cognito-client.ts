import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { tracedClient } from "./aws-call-traces";
import { CLIENT_SETTINGS } from "./client-settings";

/** The user pool's client, for the account and staff routes; created once per container. */
export const identityProvider = tracedClient(new CognitoIdentityProviderClient(CLIENT_SETTINGS));
