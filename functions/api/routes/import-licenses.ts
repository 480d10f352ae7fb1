import { LicenseImportReport } from "../responses/admin";
import { ImportLicensesRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const importLicensesRoute = {
  method: "POST",
  path: "/admin/licenses",
  groups: ["admin"],
  entry: "functions/api/admin/import-licenses.ts",
  summary: "Load licenses into the catalog (JSON or CSV), idempotent by serial, with a report per row",
  body: ImportLicensesRequest,
  bodyMediaTypes: ["application/json", "text/csv"],
  maxBodyBytes: 1024 * 1024,
  needs: { table: "write" },
  tags: ["admin"],
  description:
    'Loads licenses into the catalog: `{"licenses": [...]}` as JSON (up to 1000 rows, 1 MB), or a CSV file (`text/csv`) with a header line of the same columns, `plans` as `plan:startsOn:endsOn;...`. Idempotent by serial: a row already loaded is `unchanged`, an edited one `updated`. Every row is validated on its own: an invalid row is reported with its errors and never stops the others.',
  responses: { 200: { description: "A report per row", body: LicenseImportReport } },
  example: {
    body: {
      licenses: [
        {
          serial: "PREM1-AAAAA-BBBBB-CCCCC-00001",
          productId: "acme-backup-server",
          productName: "Acme Backup Server",
          edition: "Enterprise",
          language: "en",
          licenseCount: 25,
          productVersion: "12.1",
          plans: [{ plan: "advantage-premier", startsOn: "2026-01-01", endsOn: "2026-12-31" }],
          incidentCredits: 0,
        },
      ],
    },
  },
} as const satisfies RouteDefinition;
