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
  return {
    ok: false,
    reason:
      "a serial number is 5 groups of 5 letters/digits (AAA11-BB22B-C33CC-44DDD-5EEEE) or 8 groups of 8, separated by hyphens",
  };
}
