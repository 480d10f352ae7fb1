import { recordCustomerNote } from "#repositories/cases/record-customer-note";
import { apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { ROUTES } from "../routes";
import { idempotent } from "./case-idempotency";
import { caseTable } from "./case-store";
import { customerEventView } from "./case-views";

export const handler = apiHandler(
  ROUTES.addCustomerNote,
  async ({ path: { number }, body: { message } }, caller) => {
    const note = await recordCustomerNote(caseTable, number, caller.id, message, new Date().toISOString());
    countBusinessEvent("customerReplies", { via: "portal" });
    if (note.statusAfter === "resolved") countBusinessEvent("resolvedByCustomer", { via: "portal" });
    return { status: 201, body: customerEventView(note, caller.id) };
  },
  { use: [idempotent] },
);
