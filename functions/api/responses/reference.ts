import * as z from "zod/mini";

/** Response schemas of the API reference routes (this document and its page). */

/** The OpenAPI document: its outline; the OpenAPI 3.1 schema itself says the rest. */
export const OpenApiDocumentBody = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const HtmlPage = z.string().check(z.describe("An HTML page"));

export const Script = z.string().check(z.describe("A JavaScript module"));
