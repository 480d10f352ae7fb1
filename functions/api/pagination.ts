import { type CursorShape, decodeCursor } from "#repositories/cursor";
import { problems } from "#shared/problem";

/** The start key a `cursor` query value stands for; a cursor this listing never issued is a 400. */
export function startKeyOf(
  cursor: string | undefined,
  shape: CursorShape,
): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const startKey = decodeCursor(cursor, shape);
  if (!startKey)
    throw problems.validation([{ field: "query.cursor", message: "is not a cursor this API issued" }]);
  return startKey;
}
