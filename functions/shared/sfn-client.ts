import { SFNClient } from "@aws-sdk/client-sfn";
import { CLIENT_SETTINGS } from "./client-settings";
import { tracer } from "./observability";

/** Step Functions, for the functions that start or stop executions; created once per container. */
export const stepFunctions = tracer.captureAWSv3Client(new SFNClient(CLIENT_SETTINGS));
