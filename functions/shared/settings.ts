/**
 * The environment contract between the deployment and the functions: each variable that CDK
 * (infra/constructs), the local stack and the bench set, exported under its own name with its
 * schema, once. A function reads the ones it needs by name (`readConfig(z.object({ VENDOR_NAME }))`);
 * what infra writes is a `FunctionEnvironment`, so a name misspelt on either side does not compile.
 */
import * as z from "zod/mini";
import { SUPPORT_REGION_IDS } from "#domain/support-regions";

/** What a deployment sets for the functions: names of this module only, values as strings. */
export type FunctionEnvironment = { [Name in keyof typeof import("./settings")]?: string };

/** Builds a schema where it is declared; marked pure, so a bundle keeps only the settings its function reads. */
const setting = <Schema>(build: () => Schema): Schema => build();
const text = (minLength: number) => z.string().check(z.minLength(minLength));
const arn = () => z.string().check(z.startsWith("arn:"));
const count = (fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), fallback);

export const TABLE_NAME = /* @__PURE__ */ setting(() => text(1));

/** The one regional setting: the business calendar first responses count on, and the zone dates are told in. */
export const SUPPORT_REGION = /* @__PURE__ */ setting(() => z._default(z.enum(SUPPORT_REGION_IDS), "cn"));

export const USER_POOL_ID = /* @__PURE__ */ setting(() => text(1));
export const USER_POOL_CLIENT_ID = /* @__PURE__ */ setting(() => text(1));
/**
 * Above the slowest sign-up or password-reset request seen in AWS (Cognito answers in a few
 * hundred milliseconds); the local stack, whose emulator answers in tens, sets less.
 */
export const ACCOUNT_ANSWER_FLOOR_MS = /* @__PURE__ */ setting(() =>
  z._default(
    z.pipe(z.string().check(z.regex(/^\d+$/, "must be a number of milliseconds")), z.transform(Number)),
    1000,
  ),
);

export const FILES_BUCKET = /* @__PURE__ */ setting(() => text(3));
/** Locally the S3 emulator needs path-style URLs. */
export const S3_FORCE_PATH_STYLE = /* @__PURE__ */ setting(() => z._default(z.stringbool(), false));
export const INBOUND_PREFIX = /* @__PURE__ */ setting(() => z._default(z.string(), "inbound/"));

export const STATE_MACHINE_ARN = /* @__PURE__ */ setting(arn);
/** Set by the local stack only: there the executions console stands in for AWS's. */
export const EXECUTIONS_CONSOLE_URL = /* @__PURE__ */ setting(() =>
  z.optional(z.string().check(z.startsWith("http"))),
);

export const VENDOR_NAME = /* @__PURE__ */ setting(() => text(1));
export const REPLY_DOMAIN = /* @__PURE__ */ setting(() => text(3));
/** The portal's base URL, ending in /portal/: e-mails link to its pages (<PORTAL_URL>cases/<number>). */
export const PORTAL_URL = /* @__PURE__ */ setting(() => z.url({ protocol: /^https?$/ }));

export const NOTICES_STATE_MACHINE_ARN = /* @__PURE__ */ setting(arn);
/** Owners per page read (one Map run per page). */
export const NOTICE_PAGE_SIZE = /* @__PURE__ */ setting(() => count(500));
/** Notices in flight at once: keep it under the account's SES send rate (emails per second). */
export const NOTICE_CONCURRENCY = /* @__PURE__ */ setting(() => count(10));
export const SENDER_ADDRESS = /* @__PURE__ */ setting(() => text(3));
export const CONFIGURATION_SET_NAME = /* @__PURE__ */ setting(() => text(1));
