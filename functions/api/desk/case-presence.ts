import { apiHandler } from "#shared/http";
import { visibleCase } from "../cases/case-access";
import { ROUTES } from "../routes";
import { othersOnCase } from "./presence-store";

export const handler = apiHandler(ROUTES.casePresence, async ({ path: { number } }, caller) => {
  await visibleCase(caller, number);
  return { status: 200, body: await othersOnCase(number, caller) };
});
