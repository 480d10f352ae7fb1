import * as z from "zod/mini";
import { ATTACHMENT_LIMITS } from "#domain/attachments";
import { CASE_NUMBER_PATTERN } from "#domain/case-number";
import { CASE_TOPICS, topicCategory } from "#domain/case-topics";
import { COUNTRY_CODES, isCountryCode } from "#domain/countries";
import { SCHEDULE_LIMITS } from "#domain/holiday-schedule";
import { LANGUAGES } from "#domain/language";
import {
  describePasswordPolicy,
  PASSWORD_PATTERNS,
  PASSWORD_POLICY,
  passwordPolicyViolations,
} from "#domain/password-policy";
import { PLAN_IDS } from "#domain/plans";
import { VERSION_PATTERN } from "#domain/product-versions";
import {
  MAX_SERIALS_PER_REGISTRATION,
  parseSerial,
  SERIAL_FORMAT_HINT,
  SERIAL_PATTERN,
} from "#domain/serial";
import { SEVERITY_LEVELS } from "#domain/severity";
import { CASE_STATUSES, isOpen } from "#domain/support-case";

/**
 * Request schemas of the API: the route table declares them, apiHandler (functions/shared/http.ts)
 * parses with them, and the API document states them (z.toJSONSchema, io "input"). So every rule
 * is a check JSON Schema can say (a pattern rather than a refine), or carries its JSON Schema in
 * z.meta; an input the document admits must pass here (the route fuzz draws its valid requests from
 * the document). Rules across fields stay refines: JSON Schema has no words for them.
 */

/** Trimmed text: "not empty" is a non-space character, which the untrimmed text has too. */
export const Text = (max: number) =>
  z.string().check(z.trim(), z.regex(/\S/, "must not be empty"), z.maxLength(max));

const Serial = z.pipe(
  z.string().check(z.trim(), z.regex(SERIAL_PATTERN, SERIAL_FORMAT_HINT)),
  z.transform((value: string, ctx) => {
    const parsed = parseSerial(value);
    if (parsed.ok) return parsed.serial;
    ctx.issues.push({ code: "custom", message: parsed.reason, input: value });
    return z.NEVER;
  }),
);

/** Starts and ends with no space, so the document's pattern over the untrimmed text implies it. */
const Phone = z
  .string()
  .check(z.trim(), z.regex(/^\+?[0-9()-][0-9 ()-]{3,28}[0-9()-]$/, "must be a phone number"));

export const Email = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email("must be an e-mail address"));

const Name = Text(100);

const OptionalText = (max: number) => z.optional(Text(max));

/** The problem definition of DOMAIN.md section 4, beyond the one-paragraph description. */
const ProblemDefinition = z.strictObject({
  symptoms: OptionalText(20_000),
  errorOutput: OptionalText(50_000),
  stepsToReproduce: OptionalText(20_000),
  expectedResult: OptionalText(5_000),
});

const Environment = z.strictObject({
  productVersion: OptionalText(50),
  build: OptionalText(50),
  occurrence: z.optional(z.enum(["first-time", "recurring"], "must be first-time or recurring")),
  beforeProblem: OptionalText(5_000),
  recentChanges: OptionalText(5_000),
});

const Contact = z.strictObject({
  company: OptionalText(200),
  email: z.optional(Email),
  alternatePhone: z.optional(Phone),
  otherContact: z.optional(
    z.strictObject({ name: Name, email: z.optional(Email), phone: z.optional(Phone) }),
  ),
});

export const CASE_CHANNELS = ["web", "email", "chat", "phone"] as const;

export const OpenCaseRequest = z
  .object({
    topic: z.enum(CASE_TOPICS, `must be one of ${CASE_TOPICS.join(", ")}`),
    problem: z.optional(ProblemDefinition),
    environment: z.optional(Environment),
    contact: z.optional(Contact),
    channel: z._default(z.enum(CASE_CHANNELS, `must be one of ${CASE_CHANNELS.join(", ")}`), "web"),
    /** Staff opening a case for a customer (a phone call): whose case it is; the rest comes from their profile. */
    onBehalfOf: z.optional(
      z.strictObject({
        customerId: z.string().check(z.minLength(1), z.maxLength(128)),
        customerEmail: z.optional(
          z.never("must be left out: the case is mailed to the address in the customer's profile"),
        ),
      }),
    ),
    serial: z.optional(Serial),
    severity: z.enum(SEVERITY_LEVELS, "must be one of A, B, C, D"),
    subject: Text(200),
    description: Text(20_000),
    preferredContact: z.enum(["email", "phone"], "must be email or phone"),
    phone: z.optional(Phone),
    language: z.optional(z.enum(LANGUAGES, "must be en or zh-CN")),
  })
  .check(
    z.refine((c) => c.preferredContact !== "phone" || Boolean(c.phone), {
      message: "is required when preferredContact is phone",
      path: ["phone"],
    }),
    z.refine((c) => topicCategory(c.topic) !== "technical" || Boolean(c.serial), {
      message: "is required for a product problem: technical help is for a registered product",
      path: ["serial"],
    }),
  );

export const SupportReplyRequest = z.object({ message: Text(20_000) });

export const CustomerNoteRequest = z.object({ message: Text(20_000) });

export const CasePath = z.object({
  number: z.string().check(z.regex(CASE_NUMBER_PATTERN, "must be an 8-digit case number")),
});

/** The portal's status filter: `open` and `closed` as the domain's `isOpen` says, or one status. */
export const CASE_LIST_FILTERS = ["open", "closed", ...CASE_STATUSES] as const;

export const ListCasesQuery = z.object({
  status: z.optional(z.enum(CASE_LIST_FILTERS, `must be one of ${CASE_LIST_FILTERS.join(", ")}`)),
  limit: z._default(
    z.pipe(
      z.string().check(z.regex(/^0*(?:[1-9]\d?|100)$/, "must be a whole number from 1 to 100")),
      z.transform(Number),
    ),
    20,
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

/** Any case and surrounding spaces are taken; the document lists the codes as they are stored. */
const Country = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.refine(isCountryCode, "must be an ISO 3166-1 alpha-2 country code such as CN or DE"),
    z.meta({ id: "CountryCode", enum: [...COUNTRY_CODES].sort() }),
  );

/** One answer names every unmet rule; the document states the same policy as length and patterns. */
const NewPassword = z.string().check(
  z.maxLength(256),
  z.superRefine((password, ctx) => {
    const missing = passwordPolicyViolations(password);
    if (missing.length > 0) {
      ctx.issues.push({
        code: "custom",
        message: `must have ${describePasswordPolicy()}; missing: ${missing.join(", ")}`,
        input: password,
      });
    }
  }),
  z.meta({
    minLength: PASSWORD_POLICY.minLength,
    allOf: PASSWORD_PATTERNS.map((pattern) => ({ pattern: pattern.source })),
  }),
);

/** Both fields must match; the problem names the confirmation field. */
const passwordsMatch = z.refine<{ password: string; passwordConfirmation: string }>(
  (value) => value.password === value.passwordConfirmation,
  { message: "must equal password", path: ["passwordConfirmation"] },
);

const Code = z.string().check(z.trim(), z.regex(/^\d{6}$/, "must be the 6-digit code from the e-mail"));

export const SignUpRequest = z
  .object({
    firstName: Name,
    lastName: Name,
    email: Email,
    country: Country,
    password: NewPassword,
    passwordConfirmation: z.string(),
    acceptPrivacyStatement: z.literal(true, "must be true: the privacy statement has to be accepted"),
    // The language the person signed up in: our e-mails use it until they choose another.
    language: z.optional(z.enum(LANGUAGES, "must be en or zh-CN")),
  })
  .check(passwordsMatch);

export const ConfirmAccountRequest = z.object({ email: Email, code: Code });

export const EmailOnlyRequest = z.object({ email: Email });

export const ResetPasswordRequest = z
  .object({ email: Email, code: Code, password: NewPassword, passwordConfirmation: z.string() })
  .check(passwordsMatch);

export const SignInRequest = z.object({
  email: Email,
  password: z.string().check(z.minLength(1), z.maxLength(256)),
});

export const CompleteNewPasswordRequest = z
  .object({
    email: Email,
    session: z.string().check(z.minLength(1), z.maxLength(4096)),
    password: NewPassword,
    passwordConfirmation: z.string(),
  })
  .check(passwordsMatch);

export const RefreshSessionRequest = z.object({
  refreshToken: z.string().check(z.minLength(1), z.maxLength(8192)),
});

export const UpdateProfileRequest = z
  .strictObject({
    firstName: z.optional(Name),
    lastName: z.optional(Name),
    country: z.optional(Country),
    language: z.optional(z.enum(LANGUAGES, "must be en or zh-CN")),
    company: z.optional(Text(200)),
    phone: z.optional(Phone),
  })
  .check(
    z.refine((change) => Object.keys(change).length > 0, "must change at least one field"),
    z.meta({ minProperties: 1 }),
  );

export const CreateAgentRequest = z.object({ email: Email, firstName: Name, lastName: Name });

/** 1 to 50 lines that are not blank (the ones serialLines keeps), blank lines anywhere. */
const SERIAL_LINES = new RegExp(
  `^\\s*\\S[^\\n]*(?:\\n\\s*\\S[^\\n]*){0,${MAX_SERIALS_PER_REGISTRATION - 1}}\\s*$`,
);

export const RegisterProductsRequest = z.object({
  serials: z
    .string()
    .check(
      z.regex(SERIAL_LINES, `must hold 1 to ${MAX_SERIALS_PER_REGISTRATION} serial numbers, one per line`),
    ),
  notices: z.optional(
    z
      .boolean()
      .check(
        z.describe(
          "Opt in to e-mails about new releases of the serials that are yours after this (default false)",
        ),
      ),
  ),
});

export const SerialPath = z.object({ serial: Serial });

export const ProductNoticesRequest = z.object({
  subscribed: z.boolean().check(z.describe("true: e-mail me notices of new releases of this product")),
});

/** The signed token of a notice's unsubscribe link (functions/notices/unsubscribe-token.ts). */
export const UnsubscribeQuery = z.object({
  token: z.string().check(z.minLength(1), z.maxLength(1000)),
});

/**
 * RFC 8058's one-click body (`List-Unsubscribe=One-Click`, form-encoded by mail clients); the
 * portal's page sends `{}`. The token in the query is what authorises the request.
 */
export const UnsubscribeRequest = z.object({
  "List-Unsubscribe": z.optional(z.literal("One-Click")),
});

export const SupportOptionsQuery = z.object({ serial: Serial });

/** A real calendar date (2026-02-30 is none): the domain's date arithmetic assumes one. */
const Day = z.iso.date("must be a real date YYYY-MM-DD");

const PlanTermInput = z
  .object({ plan: z.enum(PLAN_IDS, `must be one of ${PLAN_IDS.join(", ")}`), startsOn: Day, endsOn: Day })
  .check(
    z.refine((t) => t.startsOn <= t.endsOn, { message: "must not be before startsOn", path: ["endsOn"] }),
  );

/** One license of the vendor's catalog, as admins load it (JSON rows, or CSV columns of the same names). */
export const LicenseImportRow = z.object({
  serial: Serial,
  productId: z
    .string()
    .check(z.trim(), z.regex(/^[a-z0-9-]{1,64}$/, "must be a product id like backup-server")),
  productName: Text(200),
  edition: Text(100),
  language: Text(20),
  licenseCount: z.int().check(z.gte(1), z.lte(1_000_000)),
  productVersion: z.string().check(z.regex(VERSION_PATTERN, "must be a major.minor version like 12.1")),
  trialEndsOn: z.optional(Day),
  plans: z.array(PlanTermInput).check(z.maxLength(10)),
  incidentCredits: z._default(z.int().check(z.gte(0), z.lte(1000)), 0),
});

export const MAX_LICENSES_PER_IMPORT = 1000;

export const ImportLicensesRequest = z.object({
  licenses: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_LICENSES_PER_IMPORT)),
});

export const ChangeLicenseRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("set-plan"), term: PlanTermInput }),
  z.object({ action: z.literal("upgrade-to-premier") }),
  z.object({ action: z.literal("add-credits"), credits: z.int().check(z.gte(1), z.lte(1000)) }),
]);

export const PublishReleaseRequest = z.object({
  productId: LicenseImportRow.shape.productId,
  version: LicenseImportRow.shape.productVersion,
  build: z.int().check(z.gte(1)),
  sizeBytes: z.int().check(z.gte(1), z.lte(50 * 1024 ** 3)),
  releasedOn: Day,
  notes: z._default(z.string().check(z.maxLength(20_000)), ""),
  /** The structured release notes: what the release notice and the product updates page show. */
  whatsNew: z.optional(z.string().check(z.maxLength(20_000))),
  knownIssues: z.optional(z.string().check(z.maxLength(20_000))),
  installationNotes: z.optional(z.string().check(z.maxLength(20_000))),
  fileName: z.string().check(z.regex(/^[\w.-]{1,200}$/, "must be a plain file name")),
});

/** One release of a product, as the admin's notice report addresses it. */
export const ReleasePath = z.object({
  productId: PublishReleaseRequest.shape.productId,
  version: PublishReleaseRequest.shape.version,
  build: z.pipe(z.string().check(z.regex(/^[1-9]\d{0,9}$/, "must be a build number")), z.transform(Number)),
});

export const AgentActionRequest = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), assigneeId: z.string().check(z.minLength(1), z.maxLength(128)) }),
  z.object({
    action: z.literal("change-severity"),
    severity: z.enum(SEVERITY_LEVELS, "must be one of A, B, C, D"),
    reason: Text(2000),
  }),
  z.object({ action: z.literal("internal-note"), message: Text(20_000) }),
  z.object({ action: z.literal("resolve"), resolution: Text(20_000) }),
  z.object({ action: z.literal("reopen"), reason: Text(2000) }),
]);

export const FEEDBACK_KINDS = ["suggestion", "complaint", "thanks", "praise"] as const;
export const FEEDBACK_SUBJECTS = ["product", "support", "site"] as const;

export const FeedbackRequest = z.object({
  kind: z.enum(FEEDBACK_KINDS, `must be one of ${FEEDBACK_KINDS.join(", ")}`),
  about: z.enum(FEEDBACK_SUBJECTS, `must be one of ${FEEDBACK_SUBJECTS.join(", ")}`),
  text: Text(5000),
  caseNumber: z.optional(z.string().check(z.regex(CASE_NUMBER_PATTERN, "must be an 8-digit case number"))),
});

export const FeedbackPath = z.object({
  feedbackId: z.string().check(z.regex(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/, "must be a feedback id")),
});

const FeedbackStatus = z.enum(["new", "reviewed", "answered"], "must be new, reviewed or answered");

export const FeedbackStatusRequest = z.object({ status: FeedbackStatus });

/** Triage reads what it has to act on: one status, one kind, or both. */
export const FeedbackListQuery = z.object({
  limit: ListCasesQuery.shape.limit,
  cursor: ListCasesQuery.shape.cursor,
  status: z.optional(FeedbackStatus),
  kind: z.optional(z.enum(FEEDBACK_KINDS, `must be one of ${FEEDBACK_KINDS.join(", ")}`)),
});

export const RatingRequest = z.object({
  score: z.int("must be a whole number from 1 to 5").check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string().check(z.maxLength(2000))),
});

export const PageQuery = z.object({
  limit: ListCasesQuery.shape.limit,
  cursor: ListCasesQuery.shape.cursor,
});

/** A yes/no query parameter: `true` or `false`. */
const QueryFlag = z.pipe(
  z.enum(["true", "false"], "must be true or false"),
  z.transform((value: "true" | "false") => value === "true"),
);

/** The queue holds open cases only, so only an open status narrows it. */
const QUEUE_STATUSES = CASE_STATUSES.filter(isOpen);

export const QueueQuery = z.object({
  status: z.optional(z.enum(QUEUE_STATUSES, `must be one of ${QUEUE_STATUSES.join(", ")}`)),
  severity: z.optional(z.enum(SEVERITY_LEVELS, "must be one of A, B, C, D")),
  plan: z.optional(z.enum(PLAN_IDS, `must be one of ${PLAN_IDS.join(", ")}`)),
  assigneeId: z.optional(z.string().check(z.maxLength(128))),
  mine: z.optional(QueryFlag.check(z.describe("`true`: only the cases assigned to the caller"))),
  unassigned: z.optional(QueryFlag.check(z.describe("`true`: only the cases nobody is assigned"))),
  limit: ListCasesQuery.shape.limit,
  cursor: ListCasesQuery.shape.cursor,
});

export const AttachmentRequest = z.object({
  fileName: z.string().check(z.regex(/^[\w .()-]{1,200}$/, "must be a plain file name")),
  contentType: z.enum(
    ATTACHMENT_LIMITS.contentTypes,
    `must be one of ${ATTACHMENT_LIMITS.contentTypes.join(", ")}`,
  ),
  sizeBytes: z
    .int()
    .check(
      z.gte(1),
      z.lte(ATTACHMENT_LIMITS.maxBytes, `must be at most ${ATTACHMENT_LIMITS.maxBytes} bytes`),
    ),
});

const L = SCHEDULE_LIMITS;

const YEAR_MESSAGE = `must be a year from ${L.firstYear} to ${L.lastYear}`;

/** The years as the path writes them, listed, so that the document says which there are. */
const YEARS = Array.from({ length: L.lastYear - L.firstYear + 1 }, (_, index) => String(L.firstYear + index));

export const CalendarYearPath = z.object({
  year: z.pipe(z.enum(YEARS, YEAR_MESSAGE), z.transform(Number)),
});

const ScheduleDays = (what: string, min: number, max: number) =>
  z
    .array(z.strictObject({ date: Day, name: OptionalText(L.maxNameLength) }))
    .check(
      z.minLength(min, `must list at least ${min} ${what}`),
      z.maxLength(max, `must list at most ${max} ${what}`),
    );

/** A year's official schedule; the rules that depend on the year are the domain's (holiday-schedule.ts). */
export const HolidayScheduleRequest = z.strictObject({
  holidays: ScheduleDays("holidays", L.minHolidays, L.maxHolidays),
  workdays: ScheduleDays("make-up workdays", 0, L.maxWorkdays),
});
