import { LOCAL_ACCOUNT as ACCOUNT, LOCAL_AWS } from "../aws";

const PREFIX = `arn:aws:states:${LOCAL_AWS.region}:${ACCOUNT}`;

export const stateMachineArn = (stateMachineName: string) => `${PREFIX}:stateMachine:${stateMachineName}`;

export const executionArn = (stateMachineName: string, name: string) =>
  `${PREFIX}:execution:${stateMachineName}:${name}`;

export const roleArn = (stateMachineName: string) => `arn:aws:iam::${ACCOUNT}:role/${stateMachineName}-local`;

/** Any `arn:aws:states:...` string is a well-formed ARN to us; whether it exists is a separate question. */
export const isStatesArn = (arn: string) => arn.startsWith("arn:aws:states:");
