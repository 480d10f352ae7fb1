import * as z from "zod/mini";

/**
 * Request schemas of the agent desk's and the admin console's routes (the rest of the API's are
 * in schemas.ts), held to the same rules: every check one JSON Schema can state.
 */

/** `"7"` (the ETag of GET /cases/{number}) → 7; `*` (any version) → no check. */
const IfMatch = z.pipe(
  z.string().check(z.regex(/^(\*|"\d{1,15}")$/, 'must be the ETag of GET /cases/{number}, e.g. "7"')),
  z.transform((value: string) => (value === "*" ? undefined : Number(value.slice(1, -1)))),
);

/** Staff writes on a case: the version the agent's view showed, when the desk sends one. */
export const CaseWriteHeaders = z.object({
  "if-match": z.optional(
    IfMatch.check(
      z.describe(
        "The case's ETag from GET /cases/{number}: the write is refused with 409 `stale-case` once the case has changed since. Without it the write is not checked (integrations).",
      ),
    ),
  ),
});
