import type { components } from "../../../client/openapi";
import { isBlank, parseCsv } from "./csv";

type ImportReport = components["schemas"]["LicenseImportReport"];

/** The catalog's columns, as POST /admin/licenses names them (JSON keys and CSV header alike). */
export const LICENSE_COLUMNS = [
  "serial",
  "productId",
  "productName",
  "edition",
  "language",
  "licenseCount",
  "productVersion",
  "trialEndsOn",
  "plans",
  "incidentCredits",
] as const;

export const MAX_IMPORT_ROWS = 1000;

/** Why a row never reached the API (the page words each). */
export type RowProblem =
  | { kind: "field-count"; fields: number; columns: number }
  | { kind: "open-quote" }
  | { kind: "not-an-object" };

/** Why a whole file cannot be imported. */
export type FileProblem =
  | { kind: "empty" }
  | { kind: "too-many"; rows: number }
  | { kind: "unknown-columns"; columns: string[] }
  | { kind: "no-serial-column" }
  | { kind: "not-json" }
  | { kind: "not-a-list" };

/** A row of the file (numbered from 1, the header not counted) as the API will get it. */
export interface SourceRow {
  row: number;
  license: Record<string, unknown>;
}

export interface BadRow {
  row: number;
  serial?: string;
  problem: RowProblem;
}

export type ParsedImport =
  | { ok: true; rows: SourceRow[]; bad: BadRow[] }
  | { ok: false; problem: FileProblem };

/** The report as the page shows it: one line per row of the file, in the file's order. */
export interface ReportLine {
  row: number;
  serial?: string;
  outcome: "created" | "updated" | "unchanged" | "invalid";
  /** The API's field errors, for a row it refused. */
  errors?: { field: string; message: string }[];
  /** Why the row was not sent, for a row the page could not read. */
  problem?: RowProblem;
}

/** CSV or JSON, told by the text itself: JSON starts with `[` or `{`. */
export function parseImport(text: string): ParsedImport {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, "")) ? licensesFromJson(text) : licensesFromCsv(text);
}

/** `[…]` or `{"licenses": […]}`: rows as they are; the API judges each one. */
export function licensesFromJson(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: "not-json" } };
  }
  const list = Array.isArray(value) ? value : isObject(value) ? value.licenses : undefined;
  if (!Array.isArray(list)) return { ok: false, problem: { kind: "not-a-list" } };
  const counted = countProblem(list.length);
  if (counted) return counted;
  const rows: SourceRow[] = [];
  const bad: BadRow[] = [];
  list.forEach((license: unknown, index) => {
    if (isObject(license)) rows.push({ row: index + 1, license });
    else bad.push({ row: index + 1, problem: { kind: "not-an-object" } });
  });
  return { ok: true, rows, bad };
}

/**
 * A CSV file with a header line of the catalog's column names (any letter case, any order):
 * cells become the JSON row the API takes, as the API's own CSV reader makes them — numbers for
 * the counts, `plans` from `plan:startsOn:endsOn;…`, empty cells left out. A row the page cannot
 * read (a quote never closed, too few or too many fields) is reported, not sent.
 */
export function licensesFromCsv(text: string): ParsedImport {
  const [header, ...records] = parseCsv(text).filter((record) => !isBlank(record));
  if (!header) return { ok: false, problem: { kind: "empty" } };
  const columns = header.fields.map(columnOf);
  const unknown = header.fields.filter((_, i) => !columns[i]).map((name) => name.trim());
  if (unknown.length) return { ok: false, problem: { kind: "unknown-columns", columns: unknown } };
  const serialAt = columns.indexOf("serial");
  if (serialAt < 0) return { ok: false, problem: { kind: "no-serial-column" } };
  const counted = countProblem(records.length);
  if (counted) return counted;
  const rows: SourceRow[] = [];
  const bad: BadRow[] = [];
  records.forEach((record, index) => {
    const row = index + 1;
    const serial = record.fields[serialAt]?.trim() || undefined;
    const problem: RowProblem | undefined = record.unterminated
      ? { kind: "open-quote" }
      : record.fields.length !== columns.length
        ? { kind: "field-count", fields: record.fields.length, columns: columns.length }
        : undefined;
    if (problem) bad.push({ row, ...(serial ? { serial } : {}), problem });
    else rows.push({ row, license: licenseOf(columns as string[], record.fields) });
  });
  return { ok: true, rows, bad };
}

/** The API's report (numbered by the rows sent) with the unsent rows, back in the file's numbering. */
export function reportLines(
  sent: readonly SourceRow[],
  bad: readonly BadRow[],
  report?: ImportReport,
): ReportLine[] {
  const answered: ReportLine[] = (report?.rows ?? []).map((entry) => {
    const source = sent[entry.row - 1];
    const row = source?.row ?? entry.row;
    if (entry.outcome === "invalid") {
      const serial = source ? serialOf(source.license) : undefined;
      return { row, ...(serial ? { serial } : {}), outcome: "invalid", errors: entry.errors };
    }
    return { row, serial: entry.serial, outcome: entry.outcome };
  });
  const unsent: ReportLine[] = bad.map(({ row, serial, problem }) => ({
    row,
    ...(serial ? { serial } : {}),
    outcome: "invalid",
    problem,
  }));
  return [...answered, ...unsent].sort((a, b) => a.row - b.row);
}

function columnOf(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return LICENSE_COLUMNS.find((column) => column.toLowerCase() === wanted);
}

const NUMBER_COLUMNS = new Set(["licenseCount", "incidentCredits"]);

function licenseOf(columns: readonly string[], fields: readonly string[]): Record<string, unknown> {
  const license: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = fields[i]?.trim() ?? "";
    if (cell === "") return;
    if (column === "plans") license.plans = plansOf(cell);
    // A count that is no number is sent as written, for the API to name the field.
    else if (NUMBER_COLUMNS.has(column) && /^-?\d+(\.\d+)?$/.test(cell)) license[column] = Number(cell);
    else license[column] = cell;
  });
  license.plans ??= [];
  return license;
}

/** `advantage-premier:2026-01-01:2026-12-31;trial:…` → plan terms. */
function plansOf(cell: string) {
  return cell
    .split(";")
    .filter((term) => term.trim())
    .map((term) => {
      const [plan, startsOn, endsOn] = term.trim().split(":");
      return { plan, startsOn, endsOn };
    });
}

function countProblem(rows: number): { ok: false; problem: FileProblem } | undefined {
  if (rows === 0) return { ok: false, problem: { kind: "empty" } };
  if (rows > MAX_IMPORT_ROWS) return { ok: false, problem: { kind: "too-many", rows } };
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function serialOf(license: Record<string, unknown>): string | undefined {
  return typeof license.serial === "string" && license.serial ? license.serial : undefined;
}
