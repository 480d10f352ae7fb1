/** Case numbers are 8 digits, zero-padded (`00000001`), used in all correspondence. */
export const CASE_NUMBER_PATTERN = /^\d{8}$/;

export const MAX_CASE_NUMBER = 99_999_999;

export function formatCaseNumber(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CASE_NUMBER) {
    throw new RangeError(`case sequence out of range: ${sequence}`);
  }
  return String(sequence).padStart(8, "0");
}
