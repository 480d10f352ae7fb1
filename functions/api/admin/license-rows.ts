import { parse } from "csv-parse/sync";
import { problems } from "#shared/problem";
import { MAX_LICENSES_PER_IMPORT } from "../schemas";

/** CSV cells are text: numbers become numbers, empty cells absent, and plans `plan:start:end;…`. */
function fromCsvRecord(record: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(record)) {
    if (cell === "") continue;
    if (column === "licenseCount" || column === "incidentCredits") row[column] = Number(cell);
    else if (column === "plans") {
      row.plans = cell.split(";").map((term) => {
        const [plan, startsOn, endsOn] = term.trim().split(":");
        return { plan, startsOn, endsOn };
      });
    } else row[column] = cell;
  }
  row.plans ??= [];
  return row;
}

function csvRows(text: string): unknown[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw problems.validation([
      { field: "(body)", message: `is not valid CSV: ${(error as Error).message}` },
    ]);
  }
  if (records.length === 0 || records.length > MAX_LICENSES_PER_IMPORT) {
    throw problems.validation([
      { field: "(body)", message: `must hold 1 to ${MAX_LICENSES_PER_IMPORT} rows` },
    ]);
  }
  return records.map(fromCsvRecord);
}

/**
 * The body reader for text/csv (the route declares it in `bodyMediaTypes`): a CSV file with a
 * header line becomes `{ licenses: [...] }`, the JSON body's shape; its rows are validated one by one later.
 */
export function licensesFromCsv(text: string): { licenses: unknown[] } {
  return { licenses: csvRows(text) };
}
