import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../web/staff/admin/csv";
import { licensesFromCsv, parseImport, reportLines } from "../../web/staff/admin/license-rows";

/** Any cell text, with the characters CSV must quote coming up often. */
const cell = fc.string({
  unit: fc.oneof(
    fc.constantFrom(",", '"', "\r", "\n", "\r\n", " "),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

/** A spreadsheet's writing: quote a field when it must (or always), double its quotes. */
function toCsv(rows: string[][], lineEnd: string, quoteAll: boolean): string {
  const quote = (field: string) =>
    quoteAll || /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  return rows.map((fields) => fields.map(quote).join(",")).join(lineEnd);
}

const HEADER = "serial,productId,productName,edition,language,licenseCount,productVersion,plans";

describe("CSV parsing", () => {
  it("reads back whatever a spreadsheet wrote: quoted commas, quotes and line breaks, CRLF or LF", () => {
    fc.assert(
      fc.property(records, fc.constantFrom("\r\n", "\n"), (rows, lineEnd) => {
        expect(parseCsv(toCsv(rows, lineEnd, true)).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });

  it("agrees with csv-parse (the API's own CSV reader) on every well-formed file", () => {
    // An unquoted lone empty field is a blank line, which both drop or keep differently: quote it.
    const written = records.map((rows) =>
      rows.filter((fields) => fields.join("") !== "" || fields.length > 1),
    );
    fc.assert(
      fc.property(written, fc.constantFrom("\r\n", "\n"), fc.boolean(), (rows, lineEnd, trailing) => {
        fc.pre(rows.length > 0);
        const text = toCsv(rows, lineEnd, false) + (trailing ? lineEnd : "");
        const theirs = parse(text, { relax_column_count: true, skip_empty_lines: false });
        expect(parseCsv(text).map((r) => r.fields)).toEqual(theirs);
      }),
    );
  });

  it("numbers each record by the line it starts on, past line breaks inside quotes", () => {
    const parsed = parseCsv('a,b\r\n"two\r\nlines",x\r\nc,d\r\n');
    expect(parsed).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["two\r\nlines", "x"], line: 2 },
      { fields: ["c", "d"], line: 4 },
    ]);
  });

  it("marks a record whose quote never closes, and drops a byte order mark", () => {
    expect(parseCsv('\uFEFFa,b\n1,"open\n2,3')).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["1", "open\n2,3"], line: 2, unterminated: true },
    ]);
  });
});

describe("license rows from a CSV file", () => {
  it("turns cells into the API's rows: header names in any case, numbers, plans, empty cells left out", () => {
    const parsed = licensesFromCsv(
      `Serial , PRODUCTID,productName,edition,language,licenseCount,productVersion,plans,trialEndsOn\r\n` +
        `AAA11-BB22B-C33CC-44DDD-5EEEE,acme,"Acme Backup, Server",Enterprise,en,25,12.1,advantage-premier:2026-01-01:2026-12-31;trial:2026-01-01:2026-01-31,\r\n` +
        `\r\n`,
    );
    expect(parsed).toEqual({
      ok: true,
      bad: [],
      rows: [
        {
          row: 1,
          license: {
            serial: "AAA11-BB22B-C33CC-44DDD-5EEEE",
            productId: "acme",
            productName: "Acme Backup, Server",
            edition: "Enterprise",
            language: "en",
            licenseCount: 25,
            productVersion: "12.1",
            plans: [
              { plan: "advantage-premier", startsOn: "2026-01-01", endsOn: "2026-12-31" },
              { plan: "trial", startsOn: "2026-01-01", endsOn: "2026-01-31" },
            ],
          },
        },
      ],
    });
  });

  it("reports a row with too few fields or an open quote by its number, and sends the others", () => {
    const parsed = licensesFromCsv(`${HEADER}\nS1,p,n,e,en,1,12.1,\nS2,p,n\nS3,p,n,e,en,1,12.1,\nS4,"open`);
    expect(parsed.ok && parsed.rows.map((r) => r.row)).toEqual([1, 3]);
    expect(parsed.ok && parsed.bad).toEqual([
      { row: 2, serial: "S2", problem: { kind: "field-count", fields: 3, columns: 8 } },
      { row: 4, serial: "S4", problem: { kind: "open-quote" } },
    ]);
  });

  it("refuses a file whose header names an unknown column or lacks the serial", () => {
    expect(licensesFromCsv("serial,colour\nS1,red")).toEqual({
      ok: false,
      problem: { kind: "unknown-columns", columns: ["colour"] },
    });
    expect(licensesFromCsv("productId\nacme")).toEqual({ ok: false, problem: { kind: "no-serial-column" } });
    expect(licensesFromCsv("\r\n\r\n")).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(licensesFromCsv(HEADER)).toEqual({ ok: false, problem: { kind: "empty" } });
  });

  it("takes JSON as a list or as the API's body, and tells JSON from CSV by its first character", () => {
    const rows = [{ serial: "S1" }, 7];
    for (const text of [JSON.stringify(rows), JSON.stringify({ licenses: rows })]) {
      expect(parseImport(` ${text}`)).toEqual({
        ok: true,
        rows: [{ row: 1, license: { serial: "S1" } }],
        bad: [{ row: 2, problem: { kind: "not-an-object" } }],
      });
    }
    expect(parseImport("{ nope")).toEqual({ ok: false, problem: { kind: "not-json" } });
    expect(parseImport('{"rows": []}')).toEqual({ ok: false, problem: { kind: "not-a-list" } });
    expect(parseImport(`${HEADER}\nS1,p,n,e,en,1,12.1,`).ok).toBe(true);
  });
});

describe("the import report", () => {
  it("numbers the API's answers by the file's rows, with the unsent rows in their places", () => {
    const sent = [
      { row: 1, license: { serial: "S1" } },
      { row: 3, license: { serial: "S3" } },
    ];
    const lines = reportLines(sent, [{ row: 2, serial: "S2", problem: { kind: "open-quote" } }], {
      summary: { created: 1, updated: 0, unchanged: 0, invalid: 1 },
      rows: [
        { row: 1, serial: "S1", outcome: "created" },
        { row: 2, outcome: "invalid", errors: [{ field: "licenseCount", message: "is required" }] },
      ],
    });
    expect(lines).toEqual([
      { row: 1, serial: "S1", outcome: "created" },
      { row: 2, serial: "S2", outcome: "invalid", problem: { kind: "open-quote" } },
      {
        row: 3,
        serial: "S3",
        outcome: "invalid",
        errors: [{ field: "licenseCount", message: "is required" }],
      },
    ]);
  });

  it("keeps every row of the file exactly once, whatever was sent", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (readable) => {
        const sent = readable.flatMap((ok, i) =>
          ok ? [{ row: i + 1, license: { serial: `S${i + 1}` } }] : [],
        );
        const bad = readable.flatMap((ok, i) =>
          ok ? [] : [{ row: i + 1, problem: { kind: "open-quote" } as const }],
        );
        const report = {
          summary: { created: sent.length, updated: 0, unchanged: 0, invalid: 0 },
          rows: sent.map((s, i) => ({
            row: i + 1,
            serial: String(s.license.serial),
            outcome: "created" as const,
          })),
        };
        const lines = reportLines(sent, bad, report);
        expect(lines.map((l) => l.row)).toEqual(readable.map((_, i) => i + 1));
        for (const line of lines) if (line.outcome === "created") expect(line.serial).toBe(`S${line.row}`);
      }),
    );
  });
});
