import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "#shared/observability";

/**
 * Runs `work` and answers no sooner than `floorMs` after it started, whatever the outcome. The
 * routes that must not tell a known address from an unknown one (sign-up, password reset, a new
 * confirmation code) do different work on the two paths (Cognito creates a user or refuses at
 * once; it mails a code or has no one to mail), so their answer times differ by tens of
 * milliseconds: enough to enumerate accounts. Padding every answer to one floor hides that, as
 * long as the work fits in it; when it does not, the log says so (raise the floor).
 */
export async function answerNoSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > floorMs) logger.warn("Work took longer than the answer-time floor", { elapsed, floorMs });
    else await sleep(floorMs - elapsed);
  }
}
