/** One record of a CSV file: its fields, the line it starts on, and whether a quote was left open. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** A quoted field never closed: the rest of the file went into it. */
  unterminated?: true;
}

/**
 * RFC 4180 CSV as spreadsheets write it: fields split by commas, a field in double quotes may
 * hold commas, line breaks and doubled quotes (`""`); lines end in CRLF or LF. A leading byte
 * order mark is dropped. Parsing never fails: a quote left open marks its record `unterminated`,
 * so the caller reports that one row and keeps the others.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let pending = false; // a record has begun (some character since the last line end)
  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: startLine });
    fields = [];
    pending = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (!pending) {
      pending = true;
      startLine = line;
    }
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") endField();
    else if (char === "\n" || (char === "\r" && source[i + 1] === "\n")) {
      if (char === "\r") i++;
      line++;
      endRecord();
    } else field += char;
  }
  if (quoted) {
    endField();
    records.push({ fields, line: startLine, unterminated: true });
  } else if (pending) endRecord();
  return records;
}

/** A record that holds nothing but blanks: an empty line, or a trailing one of only commas. */
export function isBlank(record: CsvRecord): boolean {
  return !record.unterminated && record.fields.every((field) => field.trim() === "");
}
