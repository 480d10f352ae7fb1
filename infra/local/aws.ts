/** Region and dummy credentials every local client uses; the emulators accept any. */
export const LOCAL_AWS = {
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
} as const;

/** A started emulator: where to reach it, and how to stop it. */
export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}
