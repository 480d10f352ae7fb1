import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { LicenseImportRow } from "#api/schemas";
import { licenseRepository } from "#repositories/license-repository";
import { readConfig } from "#shared/config";
import { documentClient } from "#shared/dynamodb-client";
import { TABLE_NAME } from "#shared/settings";

/**
 * `npm run seed-licenses -- licenses.json`: loads a JSON array of catalog rows (the shape of
 * POST /admin/licenses) straight into the table named by TABLE_NAME — the local one (with
 * AWS_ENDPOINT_URL_DYNAMODB) or a deployed one (with AWS credentials). Idempotent by serial.
 */
const config = readConfig(z.object({ TABLE_NAME }));
const file = process.argv[2];
if (!file) {
  console.error("usage: TABLE_NAME=… npm run seed-licenses -- <licenses.json>");
  process.exit(2);
}
const rows = z.array(z.unknown()).parse(JSON.parse(readFileSync(file, "utf8")));
const licenses = licenseRepository(documentClient, config.TABLE_NAME);
let failed = 0;
for (const [index, row] of rows.entries()) {
  const parsed = z.safeParse(LicenseImportRow, row);
  if (!parsed.success) {
    failed++;
    console.log(
      `row ${index + 1}: invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
    continue;
  }
  console.log(`row ${index + 1}: ${parsed.data.serial}: ${await licenses.importEntry(parsed.data)}`);
}
process.exit(failed > 0 ? 1 : 0);
