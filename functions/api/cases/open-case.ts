import { apiHandler } from "#shared/http";
import { parseJsonBody } from "#shared/request";
import { ROUTES } from "../routes";
import { OpenCaseRequest } from "../schemas";
import { cases, profiles } from "./case-store";
import { caseView } from "./case-views";

export const handler = apiHandler(ROUTES.openCase, async (event, caller) => {
  const request = parseJsonBody(event, OpenCaseRequest);
  // E-mails about the case go out in the language asked for, else the profile's preference.
  const language = request.language ?? (await profiles.load(caller.id))?.language ?? "en";
  const opened = await cases.openCase(
    { ...request, language, customerId: caller.id, customerEmail: caller.email },
    new Date().toISOString(),
  );
  return {
    status: 201,
    body: caseView(opened),
    headers: { location: `/cases/${opened.caseNumber}` },
  };
});
