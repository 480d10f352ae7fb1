import * as z from "zod/mini";
import { CANNED_PLACEHOLDERS, unknownPlaceholders } from "#domain/canned-replies";
import { Email, Text } from "./schemas";

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

const KNOWN_PLACEHOLDERS = CANNED_PLACEHOLDERS.map((name) => `{{${name}}}`).join(", ");

/** A canned reply's text: placeholders only from the known ones (functions/domain/canned-replies.ts). */
const Template = Text(20_000).check(
  z.refine((text) => unknownPlaceholders(text).length === 0, {
    message: `uses a placeholder that is not one of ${KNOWN_PLACEHOLDERS}`,
  }),
  z.describe(`The reply's text; placeholders: ${KNOWN_PLACEHOLDERS}`),
);

const inEveryLanguage = <T extends z.ZodMiniType>(text: T) => z.strictObject({ en: text, "zh-CN": text });

export const CannedReplyRequest = z.object({
  title: inEveryLanguage(Text(200)),
  body: inEveryLanguage(Template),
});

export const CannedReplyPath = z.object({
  cannedReplyId: z.string().check(z.uuid("must be a canned reply id")),
});

export const CustomerEmailQuery = z.object({ email: Email });

export const CustomerPath = z.object({
  customerId: z.string().check(z.regex(/^[\w-]{1,128}$/, "must be a customer id")),
});

export const AgentPath = z.object({
  agentId: z.string().check(z.regex(/^[\w-]{1,128}$/, "must be a user id")),
});

export const AgentEnabledRequest = z.strictObject({
  enabled: z.boolean("must be true or false"),
});
