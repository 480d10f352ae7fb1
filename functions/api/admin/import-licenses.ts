import { safeParse } from "zod/mini";
import { apiHandler } from "#shared/http";
import type { FieldError } from "#shared/problem";
import { fieldErrors } from "#shared/request";
import { licenses } from "../products/stores";
import { importLicensesRoute } from "../routes/import-licenses";
import { LicenseImportRow } from "../schemas";
import { licensesFromCsv } from "./license-rows";

/**
 * Loads the vendor's license catalog, idempotent by serial. Every row gets its own outcome
 * (created, updated, unchanged or invalid with the reasons); a bad row never stops the others.
 */
export const handler = apiHandler(
  importLicensesRoute,
  async ({ body: { licenses: rows } }) => {
    const report: { row: number; serial?: string; outcome: string; errors?: FieldError[] }[] = [];
    for (const [index, row] of rows.entries()) {
      const parsed = safeParse(LicenseImportRow, row);
      if (!parsed.success) {
        report.push({ row: index + 1, outcome: "invalid", errors: fieldErrors(parsed.error.issues) });
        continue;
      }
      report.push({
        row: index + 1,
        serial: parsed.data.serial,
        outcome: await licenses.importEntry(parsed.data),
      });
    }
    const count = (outcome: string) => report.filter((r) => r.outcome === outcome).length;
    return {
      status: 200,
      body: {
        summary: {
          created: count("created"),
          updated: count("updated"),
          unchanged: count("unchanged"),
          invalid: count("invalid"),
        },
        rows: report,
      },
    };
  },
  { bodyReaders: { "text/csv": licensesFromCsv } },
);
