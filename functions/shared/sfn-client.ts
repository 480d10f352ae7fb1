import { SFNClient } from "@aws-sdk/client-sfn";
import { tracedClient } from "./aws-call-traces";
import { CLIENT_SETTINGS } from "./client-settings";

/** Step Functions, for the functions that start or stop executions; created once per container. */
export const stepFunctions = tracedClient(new SFNClient(CLIENT_SETTINGS));
