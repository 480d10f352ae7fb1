import type { Server } from "node:http";
import sesModule from "aws-ses-v2-local";
import type { Emulator } from "../aws";

// The package is CommonJS with `exports.default`; Node's ESM loader hands us the whole exports object.
const startSesServer = (sesModule as unknown as { default: typeof sesModule }).default ?? sesModule;

/** aws-ses-v2-local: accepts SES v2 calls and keeps every mail; `GET /store` lists them, `/` shows them. */
export async function startLocalSes(port: number): Promise<Emulator> {
  const server: Server = await startSesServer({ host: "127.0.0.1", port });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
