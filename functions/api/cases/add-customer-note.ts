import { recordCustomerNote } from "#repositories/cases/record-customer-note";
import { apiHandler } from "#shared/http";
import { countBusinessEvent } from "#shared/metrics";
import { addCustomerNoteRoute } from "../routes/add-customer-note";
import { idempotent } from "./case-idempotency";
import { caseTable } from "./case-store";
import { customerEventView } from "./case-views";

export const handler = apiHandler(
  addCustomerNoteRoute,
  async ({ path: { number }, body: { message } }, caller) => {
    const note = await recordCustomerNote(caseTable, number, caller.id, message, new Date().toISOString());
    countBusinessEvent("customerReplies", { via: "portal" });
    if (note.statusAfter === "resolved") countBusinessEvent("resolvedByCustomer", { via: "portal" });
    return { status: 201, body: customerEventView(note, caller.id) };
  },
  { use: [idempotent] },
);
