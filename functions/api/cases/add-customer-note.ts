import { apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { parseJsonBody, parsePathParameters } from "#shared/request";
import { ROUTES } from "../routes";
import { CasePath, CustomerNoteRequest } from "../schemas";
import { cases, idempotent } from "./case-store";
import { customerEventView } from "./case-views";

export const handler = apiHandler(
  ROUTES.addCustomerNote,
  async (event, caller) => {
    const { number } = parsePathParameters(event, CasePath);
    const { message } = parseJsonBody(event, CustomerNoteRequest);
    const note = await cases.recordCustomerNote(number, caller.id, message, new Date().toISOString());
    countBusinessEvent("customerReplies", { via: "portal" });
    if (note.statusAfter === "resolved") countBusinessEvent("resolvedByCustomer", { via: "portal" });
    return { status: 201, body: customerEventView(note, caller.id) };
  },
  [idempotent],
);
