import { z } from "zod/mini";
import { CASE_NUMBER_PATTERN } from "#domain/case-number";
import { LANGUAGES } from "#domain/language";
import { parseSerial } from "#domain/serial";
import { SEVERITY_LEVELS } from "#domain/severity";

/** Request schemas of the API: handlers parse with them, the route table documents them. */

const Text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(max));

const Serial = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const parsed = parseSerial(value);
    if (parsed.ok) return parsed.serial;
    ctx.issues.push({ code: "custom", message: parsed.reason, input: value });
    return z.NEVER;
  }),
);

export const OpenCaseRequest = z
  .object({
    serial: Serial,
    severity: z.enum(SEVERITY_LEVELS, "must be one of A, B, C, D"),
    subject: Text(200),
    description: Text(20_000),
    preferredContact: z.enum(["email", "phone"], "must be email or phone"),
    phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{5,30}$/, "must be a phone number"))),
    language: z.enum(LANGUAGES, "must be en or zh-CN"),
  })
  .check(
    z.refine((c) => c.preferredContact !== "phone" || Boolean(c.phone), {
      message: "is required when preferredContact is phone",
      path: ["phone"],
    }),
  );

export const SupportReplyRequest = z.object({ message: Text(20_000) });

export const CustomerNoteRequest = z.object({ message: Text(20_000) });

export const CasePath = z.object({
  number: z.string().check(z.regex(CASE_NUMBER_PATTERN, "must be an 8-digit case number")),
});

export const ListCasesQuery = z.object({
  limit: z._default(
    z.pipe(
      z.string().check(z.regex(/^\d+$/, "must be a whole number")),
      z.transform(Number).check(z.gte(1), z.lte(100)),
    ),
    20,
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});
