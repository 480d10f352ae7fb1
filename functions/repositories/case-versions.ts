import { UNVERSIONED } from "#domain/case-version";

/**
 * The version part of every write to a case item: the write holds only if the case is still at
 * the version it was read at, and raises it by one. DynamoDB checks both in the write itself (in
 * the transaction that writes the change's event), so no read-then-write race lets two writers
 * past one version.
 */
export function nextVersion(seen: number) {
  return {
    condition: seen === UNVERSIONED ? "attribute_not_exists(version)" : "version = :seenVersion",
    set: ["version = :nextVersion"],
    values: { ":nextVersion": seen + 1, ...(seen === UNVERSIONED ? {} : { ":seenVersion": seen }) },
    version: seen + 1,
  };
}
