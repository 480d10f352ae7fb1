import * as z from "zod/mini";
import { CASE_NUMBER_PATTERN } from "#domain/case-number";

/**
 * Pieces the response schemas share. Response schemas describe what handlers answer, for the API
 * document (z.toJSONSchema, io "output") and the contract test: no transforms or refinements, which
 * JSON Schema cannot carry; strict objects wherever the handler's keys are known. A schema with an
 * `id` (z.meta) becomes a named component of the document.
 */

/** An instant as the API writes it (Date.prototype.toISOString: UTC, milliseconds, `Z`). */
export const Timestamp = z.iso.datetime();

/** A calendar day, YYYY-MM-DD. */
export const Day = z.iso.date();

export const Count = z.int().check(z.gte(0));

export const CaseNumber = z.string().check(z.regex(CASE_NUMBER_PATTERN));

/** An answer that only tells the client what happened. */
export const Message = z
  .strictObject({ message: z.string().check(z.describe("What happened, in words")) })
  .check(z.meta({ id: "Message" }));

/** One field-level complaint, as in a validation problem. */
export const FieldError = z
  .strictObject({
    field: z.string().check(z.describe("The bad field, as a path: `serial`, `plans.0.endsOn`")),
    message: z.string().check(z.describe("What is wrong with it")),
  })
  .check(z.meta({ id: "FieldError" }));

/** A short-lived presigned link to fetch a file. */
export const Download = z
  .strictObject({
    url: z.url().check(z.describe("A presigned GET URL; the file is saved under its own name")),
    expiresInSeconds: z.int().check(z.gte(1), z.describe("How long the URL works")),
  })
  .check(z.meta({ id: "Download" }));

/** A whole list: `{ items }`. */
export const List = <T extends z.ZodMiniType>(item: T) => z.strictObject({ items: z.array(item) });

/** One page of a listing: pass `nextCursor` back as `cursor` for the next; absent on the last page. */
export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    nextCursor: z.optional(
      z.string().check(z.describe("Pass it back as `cursor` for the next page; absent on the last page")),
    ),
  });

/** An enum from a record of its members: the type checker says when the domain's union gains or loses one. */
export const enumOf = <T extends string>(members: Record<T, true>) =>
  z.enum(Object.keys(members) as [T, ...T[]]);
