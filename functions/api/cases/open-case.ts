import { apiHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { ROUTES } from "../routes";
import { OpenCaseRequest } from "../schemas";
import { cases } from "./case-store";
import { caseView } from "./case-views";

export const handler = apiHandler(ROUTES.openCase, async (event, caller) => {
  const request = parseJsonBody(event, OpenCaseRequest);
  const opened = await cases.openCase(
    { ...request, customerId: caller.id, customerEmail: caller.email },
    new Date().toISOString(),
  );
  return {
    status: 201,
    body: caseView(opened),
    headers: { location: `/cases/${opened.caseNumber}` },
  };
});
