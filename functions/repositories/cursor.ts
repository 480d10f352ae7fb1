import { z } from "zod/mini";

/** Pagination cursors are the opaque base64url form of DynamoDB's LastEvaluatedKey. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey), "utf8").toString("base64url") : undefined;
}

const CursorKey = z.record(z.string(), z.string());

/** Undefined when the cursor is not one of ours; callers turn that into a 400. */
export function decodeCursor(cursor: string): Record<string, string> | undefined {
  try {
    const parsed = CursorKey.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
