import { apiHandler } from "#shared/http";
import { leaveCaseRoute } from "../routes/leave-case";
import { presence } from "./presence-store";

/** The case page closes: the caller no longer has it open (leaving twice is no error). */
export const handler = apiHandler(leaveCaseRoute, async ({ path: { number } }, caller) => {
  await presence.leave(number, caller.id);
  return { status: 204, body: undefined };
});
