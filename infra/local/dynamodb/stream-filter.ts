import type { FilterPattern } from "../../stream-consumer-delivery";

/**
 * Lambda event filtering for the patterns the mapping uses: nested objects and exact-match lists
 * of strings. Any other rule (prefix, numeric, exists, …) is refused up front rather than ignored.
 * A record passes when any one pattern matches it; without patterns every record passes.
 */
export function recordFilter(patterns: readonly FilterPattern[]): (record: unknown) => boolean {
  for (const pattern of patterns) assertSupported(pattern);
  if (patterns.length === 0) return () => true;
  return (record) => patterns.some((pattern) => matchesPattern(pattern, record));
}

function assertSupported(pattern: FilterPattern): void {
  for (const [field, rule] of Object.entries(pattern)) {
    if (Array.isArray(rule)) {
      if (!rule.every((value) => typeof value === "string")) {
        throw new Error(`The local stream poller supports only exact string matches (field ${field})`);
      }
    } else assertSupported(rule as FilterPattern);
  }
}

function matchesPattern(pattern: FilterPattern, value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const object = value as Record<string, unknown>;
  return Object.entries(pattern).every(([field, rule]) =>
    Array.isArray(rule)
      ? typeof object[field] === "string" && rule.includes(object[field] as string)
      : matchesPattern(rule as FilterPattern, object[field]),
  );
}
