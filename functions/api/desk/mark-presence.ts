import { presenceExpiry } from "#domain/presence";
import { apiHandler } from "#shared/http";
import { visibleCase } from "../cases/case-access";
import { profiles } from "../cases/profile-store";
import { markPresenceRoute } from "../routes/mark-presence";
import { othersOnCase, presence } from "./presence-store";

/** The desk's heartbeat for an open case page: marks the caller, answers who else is there. */
export const handler = apiHandler(markPresenceRoute, async ({ path: { number } }, caller) => {
  const [, profile] = await Promise.all([visibleCase(caller, number), profiles.load(caller.id)]);
  const now = new Date();
  await presence.mark({
    caseNumber: number,
    userId: caller.id,
    email: caller.email,
    name: profile ? `${profile.firstName} ${profile.lastName}` : undefined,
    now: now.toISOString(),
    expiresAt: presenceExpiry(now),
  });
  return { status: 200, body: await othersOnCase(number, caller) };
});
