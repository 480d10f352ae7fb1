/**
 * Product serial numbers (DOMAIN.md section 2): 5 groups of 5 or 8 groups of 8 letters/digits,
 * separated by hyphens. Case-insensitive, stored upper-case, surrounding spaces ignored.
 */
export const SERIAL_FORMATS = {
  "5x5": { groups: 5, groupLength: 5 },
  "8x8": { groups: 8, groupLength: 8 },
} as const;

export type SerialFormat = keyof typeof SERIAL_FORMATS;

export type SerialParseResult =
  | { ok: true; serial: string; format: SerialFormat }
  | { ok: false; reason: string };

const GROUP = /^[A-Z0-9]+$/;

/**
 * The serials parseSerial accepts, as one pattern over the trimmed text (either case): what
 * request schemas check before parsing, so that the API document states the format.
 */
export const SERIAL_PATTERN = new RegExp(
  `^(?:${Object.values(SERIAL_FORMATS)
    .map(
      ({ groups, groupLength }) =>
        `[A-Za-z0-9]{${groupLength}}(?:-[A-Za-z0-9]{${groupLength}}){${groups - 1}}`,
    )
    .join("|")})$`,
);

export const SERIAL_FORMAT_HINT =
  "a serial number is 5 groups of 5 letters/digits (AAA11-BB22B-C33CC-44DDD-5EEEE) or 8 groups of 8, separated by hyphens";

export function parseSerial(input: string): SerialParseResult {
  const serial = input.trim().toUpperCase();
  const groups = serial.split("-");
  for (const [format, shape] of Object.entries(SERIAL_FORMATS) as [
    SerialFormat,
    (typeof SERIAL_FORMATS)[SerialFormat],
  ][]) {
    if (
      groups.length === shape.groups &&
      groups.every((g) => g.length === shape.groupLength && GROUP.test(g))
    ) {
      return { ok: true, serial, format };
    }
  }
  return { ok: false, reason: SERIAL_FORMAT_HINT };
}

/** Up to this many serials per registration request, one per line. */
export const MAX_SERIALS_PER_REGISTRATION = 50;

/** The lines of a pasted list of serials that count: trimmed, blank ones dropped, each with its line number (from 1). */
export function serialLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((line) => line.text !== "");
}
