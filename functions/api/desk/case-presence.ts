import { apiHandler } from "#shared/http";
import { visibleCase } from "../cases/case-access";
import { casePresenceRoute } from "../routes/case-presence";
import { othersOnCase } from "./presence-store";

export const handler = apiHandler(casePresenceRoute, async ({ path: { number } }, caller) => {
  await visibleCase(caller, number);
  return { status: 200, body: await othersOnCase(number, caller) };
});
