import { LOCAL_AWS } from "../aws";

/** The account id AWS's own local tools use; nothing checks it, it only has to look like one. */
const ACCOUNT = "000000000000";
const PREFIX = `arn:aws:states:${LOCAL_AWS.region}:${ACCOUNT}`;

export const stateMachineArn = (stateMachineName: string) => `${PREFIX}:stateMachine:${stateMachineName}`;

export const executionArn = (stateMachineName: string, name: string) =>
  `${PREFIX}:execution:${stateMachineName}:${name}`;

export const roleArn = (stateMachineName: string) => `arn:aws:iam::${ACCOUNT}:role/${stateMachineName}-local`;

/** Any `arn:aws:states:...` string is a well-formed ARN to us; whether it exists is a separate question. */
export const isStatesArn = (arn: string) => arn.startsWith("arn:aws:states:");
