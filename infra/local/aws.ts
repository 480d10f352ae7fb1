/** Region and dummy credentials every local client uses; the emulators accept any. */
export const LOCAL_AWS = {
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
} as const;

/** The account id AWS's own local tools use; nothing checks it, it only has to look like one. */
export const LOCAL_ACCOUNT = "000000000000";

/** A function's ARN, as the local stack names the functions it calls in-process. */
export const localFunctionArn = (name: string) =>
  `arn:aws:lambda:${LOCAL_AWS.region}:${LOCAL_ACCOUNT}:function:${name}`;

/** A started emulator: where to reach it, and how to stop it. */
export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}
