/**
 * Copies only the named fields (those that are set): customer views are built from allow-lists,
 * so a field added to a record later stays internal until someone decides to show it.
 */
export function allowListed<T extends object, K extends keyof T>(
  record: T,
  fields: readonly K[],
): Pick<T, K> {
  const view: Partial<Pick<T, K>> = {};
  for (const field of fields) {
    if (record[field] !== undefined) view[field] = record[field];
  }
  return view as Pick<T, K>;
}
