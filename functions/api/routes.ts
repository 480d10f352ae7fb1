import type * as z from "zod/mini";
import { CANNED_PLACEHOLDERS } from "#domain/canned-replies";
import { NOTICE_TOKEN_SECRET } from "#notices/unsubscribe-token-key";
import type { Group } from "#shared/caller";
import {
  AgentEnabledRequest,
  AgentPath,
  CannedReplyPath,
  CannedReplyRequest,
  CaseWriteHeaders,
  CustomerEmailQuery,
  CustomerPath,
} from "./desk-schemas";
import { SignUpAccepted } from "./responses/accounts";
import {
  AgentCreated,
  License,
  LicenseImportReport,
  NoticeReportView,
  PublishedRelease,
} from "./responses/admin";
import { HolidayScheduleView, LoadedHolidaySchedule } from "./responses/calendars";
import {
  Attachments,
  AttachmentUpload,
  Case,
  CaseWithTimeline,
  CustomerCases,
  CustomerEvent,
  QueuePage,
  Rating,
  StaffEvent,
  Timeline,
} from "./responses/cases";
import {
  AgentEnabled,
  AgentPage,
  CannedReplies,
  CannedReply,
  CasePresence,
  FollowUpStateView,
  StaffCustomer,
} from "./responses/desk";
import { Feedback, FeedbackPage, FeedbackReceived } from "./responses/feedback";
import { Profile } from "./responses/me";
import { Downloads, ProductNotices, Products, Registrations, Unsubscribed } from "./responses/products";
import { HtmlPage, OpenApiDocumentBody, Script } from "./responses/reference";
import { SignInAnswer, Tokens } from "./responses/sessions";
import { Message } from "./responses/shared";
import { Severities, SupportOptions } from "./responses/support";
import {
  AgentActionRequest,
  AttachmentRequest,
  CalendarYearPath,
  CasePath,
  ChangeLicenseRequest,
  CompleteNewPasswordRequest,
  ConfirmAccountRequest,
  CreateAgentRequest,
  CustomerNoteRequest,
  EmailOnlyRequest,
  FeedbackListQuery,
  FeedbackPath,
  FeedbackRequest,
  FeedbackStatusRequest,
  HolidayScheduleRequest,
  ImportLicensesRequest,
  ListCasesQuery,
  OpenCaseRequest,
  PageQuery,
  ProductNoticesRequest,
  PublishReleaseRequest,
  QueueQuery,
  RatingRequest,
  RefreshSessionRequest,
  RegisterProductsRequest,
  ReleasePath,
  ResetPasswordRequest,
  SerialPath,
  SignInRequest,
  SignUpRequest,
  SupportOptionsQuery,
  SupportReplyRequest,
  UnsubscribeQuery,
  UnsubscribeRequest,
  UpdateProfileRequest,
} from "./schemas";
import type { ApiTag } from "./tags";

/** Secrets a route's function may read (the stack creates each and grants it to those routes). */
export type RouteSecret = typeof NOTICE_TOKEN_SECRET;

/** The folders of the files bucket. */
export type FileArea = "releases" | "attachments";

/** Reads the app client's secret (functions/accounts/app-client.ts): only routes that call Cognito as the client. */
const READ_CLIENT_SECRET = "cognito-idp:DescribeUserPoolClient";

/** Cognito admin operations a route's function may call (on the one user pool, nothing else). */
export type IdentityAction =
  | "cognito-idp:AdminGetUser"
  | "cognito-idp:AdminAddUserToGroup"
  | "cognito-idp:AdminCreateUser"
  | "cognito-idp:AdminUserGlobalSignOut"
  | "cognito-idp:ListUsersInGroup"
  | "cognito-idp:AdminListGroupsForUser"
  | "cognito-idp:AdminDisableUser"
  | "cognito-idp:AdminEnableUser"
  | typeof READ_CLIENT_SECRET;

/**
 * The route table: the single source for the HTTP API in AWS (infra/), the local gateway
 * (infra/local/gateway/server.ts), the group checks in every handler, the README's API table, and
 * the authorization tests.
 */
export interface RouteDefinition {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  /** Callers in any of these groups may use the route; "public" routes need no token. */
  groups: readonly Group[] | "public";
  /** Module (from the repository root) whose `handler` export serves the route. */
  entry: string;
  summary: string;
  /** Longer prose for the API document: the rules a client developer needs. */
  description: string;
  /** Groups of operations in the API document (functions/api/tags.ts). */
  tags: readonly ApiTag[];
  /**
   * Path parameters, query and body: apiHandler/publicHandler (functions/shared/http.ts) parse
   * them with these before the handler runs, and the handler gets the parsed values.
   */
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Request headers the handler reads (lower-case names), documented as header parameters. */
  headers?: z.ZodMiniType;
  /** Media types the body may come in (default application/json); the handler brings a reader for the others. */
  bodyMediaTypes?: readonly string[];
  /** Larger bodies are refused with 413 (default MAX_BODY_BYTES, 64 KiB). */
  maxBodyBytes?: number;
  /** The success answers, by status; a body-less answer has no `body`. */
  responses: Readonly<Record<number, RouteResponse>>;
  /**
   * The 4xx and 503 problems the route answers beyond those the document implies from the route
   * itself (401/403 when signed in, 400/413/415 with a body, 400 with params or query, 503 when it
   * touches a store, 429 when throttled as auth).
   */
  problems?: readonly number[];
  /** The route honours an Idempotency-Key header. */
  idempotencyKey?: true;
  /** The README's example request, shown in the API document. */
  example?: { body?: unknown; query?: Record<string, string> };
  /** What the function touches, so that CDK grants exactly that. */
  needs: {
    table?: "read" | "write";
    identity?: readonly IdentityAction[];
    /** Folders of the files bucket the function signs download (read) or upload (write) URLs for. */
    files?: { read?: FileArea; write?: FileArea };
    /** Secrets the function reads at run time, by setting name (functions/shared/secrets.ts). */
    secrets?: readonly RouteSecret[];
  };
  /** Credential-guessing targets get the stricter stage throttle. */
  throttle?: "auth";
  /**
   * Files of installed packages the function reads at run time (not modules it imports), e.g.
   * "@redocly/cli/lib/chunks/redoc.standalone.js": CDK copies them into its bundle's node_modules.
   */
  packageFiles?: readonly string[];
}

export interface RouteResponse {
  description: string;
  body?: z.ZodMiniType;
  /** Response headers the client may read (e.g. Location). */
  headers?: readonly string[];
  /** The media type when the body is not JSON (a page, a script); `body` is then a string. */
  contentType?: string;
}

const STAFF = ["agent", "admin"] as const;

const CANNED_PLACEHOLDER_LIST = CANNED_PLACEHOLDERS.map((name) => `\`{{${name}}}\``).join(", ");
const EVERYONE = ["customer", "agent", "admin"] as const;

export const ROUTES = {
  signUp: {
    method: "POST",
    path: "/accounts",
    groups: "public",
    entry: "functions/api/accounts/sign-up.ts",
    summary: "Create a customer account; a confirmation code is e-mailed",
    body: SignUpRequest,
    needs: { table: "write", identity: [READ_CLIENT_SECRET] },
    throttle: "auth",
    tags: ["accounts"],
    description:
      "Creates an unconfirmed customer account and e-mails a 6-digit confirmation code (confirm it at POST /accounts/confirm). Every field is required but `language` (the language of our e-mails, `en` unless given); `acceptPrivacyStatement` must be `true`, and the consent is recorded with the privacy statement's version. Passwords need at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol. The answer is the same, in the same time, whether or not the address already has an account.",
    responses: {
      202: { description: "Accepted: a code is on its way if the address can be used", body: SignUpAccepted },
    },
    example: {
      body: {
        firstName: "Mei",
        lastName: "Lin",
        email: "mei@example.com",
        country: "CN",
        password: "Backup#Restore2026",
        passwordConfirmation: "Backup#Restore2026",
        acceptPrivacyStatement: true,
      },
    },
  },
  confirmAccount: {
    method: "POST",
    path: "/accounts/confirm",
    groups: "public",
    entry: "functions/api/accounts/confirm-account.ts",
    summary: "Confirm the e-mail address with the code; the account becomes usable",
    body: ConfirmAccountRequest,
    needs: {
      table: "write",
      identity: [READ_CLIENT_SECRET, "cognito-idp:AdminGetUser", "cognito-idp:AdminAddUserToGroup"],
    },
    throttle: "auth",
    tags: ["accounts"],
    description:
      "Confirms the address with the code POST /accounts e-mailed; the account becomes a customer and can sign in. A wrong or expired code, an unknown address and an account confirmed already all answer the same 400 `invalid-code`.",
    responses: { 200: { description: "Confirmed: sign in now", body: Message } },
    example: { body: { email: "mei@example.com", code: "123456" } },
  },
  resendConfirmationCode: {
    method: "POST",
    path: "/accounts/confirm/resend",
    groups: "public",
    entry: "functions/api/accounts/resend-confirmation-code.ts",
    summary: "E-mail a new confirmation code",
    body: EmailOnlyRequest,
    needs: { identity: [READ_CLIENT_SECRET] },
    throttle: "auth",
    tags: ["accounts"],
    description:
      "E-mails a new confirmation code to an address that awaits confirmation. Always 202, whether or not the address has an account.",
    responses: {
      202: { description: "Accepted: a code is on its way if the address awaits one", body: Message },
    },
    example: { body: { email: "mei@example.com" } },
  },
  requestPasswordReset: {
    method: "POST",
    path: "/accounts/password-reset",
    groups: "public",
    entry: "functions/api/accounts/request-password-reset.ts",
    summary: "E-mail a password reset code",
    body: EmailOnlyRequest,
    needs: { identity: [READ_CLIENT_SECRET] },
    throttle: "auth",
    tags: ["accounts"],
    description:
      "E-mails a code to set a new password with (POST /accounts/password-reset/confirm). Always 202, whether or not the address has an account.",
    responses: {
      202: { description: "Accepted: a code is on its way if the address has an account", body: Message },
    },
    example: { body: { email: "mei@example.com" } },
  },
  resetPassword: {
    method: "POST",
    path: "/accounts/password-reset/confirm",
    groups: "public",
    entry: "functions/api/accounts/reset-password.ts",
    summary: "Set a new password with the reset code",
    body: ResetPasswordRequest,
    needs: { identity: [READ_CLIENT_SECRET, "cognito-idp:AdminUserGlobalSignOut"] },
    throttle: "auth",
    tags: ["accounts"],
    description:
      "Sets a new password with the e-mailed reset code. It also signs the account out everywhere: every refresh token is revoked. A wrong or expired code is 400 `invalid-code`.",
    responses: { 204: { description: "The password is changed; sign in with it" } },
    example: {
      body: {
        email: "mei@example.com",
        code: "123456",
        password: "Restore#Backup2027",
        passwordConfirmation: "Restore#Backup2027",
      },
    },
  },
  signIn: {
    method: "POST",
    path: "/sessions",
    groups: "public",
    entry: "functions/api/sessions/sign-in.ts",
    summary: "Sign in with e-mail and password; returns tokens (or a new-password challenge)",
    body: SignInRequest,
    needs: { identity: [READ_CLIENT_SECRET] },
    throttle: "auth",
    tags: ["sessions"],
    description:
      'Answers the tokens: `idToken` is the bearer token of every signed-in route (15 minutes), `refreshToken` renews it at POST /sessions/refresh. The first sign-in of an account an admin created answers `{challenge: "NEW_PASSWORD_REQUIRED", session}` instead: set a password at POST /sessions/new-password. A wrong password and an unknown address are one 401; an unconfirmed account, or one that must reset its password, is 403.',
    responses: { 200: { description: "The tokens, or the new-password challenge", body: SignInAnswer } },
    problems: [401, 403],
    example: { body: { email: "mei@example.com", password: "Backup#Restore2026" } },
  },
  completeNewPassword: {
    method: "POST",
    path: "/sessions/new-password",
    groups: "public",
    entry: "functions/api/sessions/complete-new-password.ts",
    summary: "Answer the new-password challenge of a first sign-in; returns tokens",
    body: CompleteNewPasswordRequest,
    needs: { identity: [READ_CLIENT_SECRET, "cognito-idp:AdminGetUser"] },
    throttle: "auth",
    tags: ["sessions"],
    description:
      "Sets the password of an account an admin created, with the `session` of the NEW_PASSWORD_REQUIRED challenge POST /sessions answered, and signs in. A used or expired session is 401.",
    responses: { 200: { description: "Signed in", body: Tokens } },
    problems: [401],
    example: {
      body: {
        email: "sam@example.com",
        session: "AYABeC1yZWdpb24tY2hhbGxlbmdlLXNlc3Npb24",
        password: "Support#Desk2026",
        passwordConfirmation: "Support#Desk2026",
      },
    },
  },
  refreshSession: {
    method: "POST",
    path: "/sessions/refresh",
    groups: "public",
    entry: "functions/api/sessions/refresh-session.ts",
    summary: "A new ID token for a refresh token (until sign-out or a password reset)",
    body: RefreshSessionRequest,
    needs: { identity: [READ_CLIENT_SECRET] },
    throttle: "auth",
    tags: ["sessions"],
    description:
      "A new ID token for a refresh token from POST /sessions (valid 30 days). After a sign-out or a password reset the refresh token is revoked: 401.",
    responses: { 200: { description: "A new ID token", body: Tokens } },
    problems: [401],
    example: { body: { refreshToken: "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ" } },
  },
  signOut: {
    method: "POST",
    path: "/sessions/sign-out",
    groups: EVERYONE,
    entry: "functions/api/sessions/sign-out.ts",
    summary: "Sign out everywhere: every refresh token of the caller is revoked",
    needs: { identity: ["cognito-idp:AdminUserGlobalSignOut"] },
    tags: ["sessions"],
    description:
      "Revokes every refresh token of the caller, on all devices. ID tokens already issued stay valid until they expire (15 minutes): the API checks only their signature and expiry.",
    responses: { 204: { description: "Signed out everywhere" } },
  },
  getMe: {
    method: "GET",
    path: "/me",
    groups: EVERYONE,
    entry: "functions/api/me/get-me.ts",
    summary: "The caller's profile and groups",
    needs: { table: "write" },
    tags: ["profile"],
    description:
      "The caller's profile as the support center keeps it (names, country, e-mail language, company, phone, privacy consent) and the groups the token carries. 404 when the account has no profile (one made past the API).",
    responses: { 200: { description: "The caller's profile", body: Profile } },
    problems: [404],
  },
  updateMe: {
    method: "PATCH",
    path: "/me",
    groups: EVERYONE,
    entry: "functions/api/me/update-me.ts",
    summary: "Change name, country, e-mail language, company or phone",
    body: UpdateProfileRequest,
    needs: { table: "write" },
    tags: ["profile"],
    description:
      "Changes any of `firstName`, `lastName`, `country` (ISO 3166-1 alpha-2), `language` (of the e-mails: `en` or `zh-CN`), `company` and `phone`; at least one, nothing else. The e-mail address cannot be changed here.",
    responses: { 200: { description: "The changed profile", body: Profile } },
    problems: [404],
    example: { body: { language: "zh-CN", phone: "+86 10 1234 5678" } },
  },
  createAgent: {
    method: "POST",
    path: "/admin/agents",
    groups: ["admin"],
    entry: "functions/api/admin/create-agent.ts",
    summary: "Create a support engineer account; a temporary password is e-mailed",
    body: CreateAgentRequest,
    needs: { table: "write", identity: ["cognito-idp:AdminCreateUser", "cognito-idp:AdminAddUserToGroup"] },
    tags: ["admin"],
    description:
      "Creates a support engineer's account in the agent group. Cognito e-mails a temporary password; the agent's first sign-in answers the new-password challenge. 409 when the address has an account already.",
    responses: { 201: { description: "The agent's account", body: AgentCreated } },
    problems: [409],
    example: { body: { email: "sam@example.com", firstName: "Sam", lastName: "Support" } },
  },
  importLicenses: {
    method: "POST",
    path: "/admin/licenses",
    groups: ["admin"],
    entry: "functions/api/admin/import-licenses.ts",
    summary: "Load licenses into the catalog (JSON or CSV), idempotent by serial, with a report per row",
    body: ImportLicensesRequest,
    bodyMediaTypes: ["application/json", "text/csv"],
    maxBodyBytes: 1024 * 1024,
    needs: { table: "write" },
    tags: ["admin"],
    description:
      'Loads licenses into the catalog: `{"licenses": [...]}` as JSON (up to 1000 rows, 1 MB), or a CSV file (`text/csv`) with a header line of the same columns, `plans` as `plan:startsOn:endsOn;...`. Idempotent by serial: a row already loaded is `unchanged`, an edited one `updated`. Every row is validated on its own: an invalid row is reported with its errors and never stops the others.',
    responses: { 200: { description: "A report per row", body: LicenseImportReport } },
    example: {
      body: {
        licenses: [
          {
            serial: "PREM1-AAAAA-BBBBB-CCCCC-00001",
            productId: "acme-backup-server",
            productName: "Acme Backup Server",
            edition: "Enterprise",
            language: "en",
            licenseCount: 25,
            productVersion: "12.1",
            plans: [{ plan: "advantage-premier", startsOn: "2026-01-01", endsOn: "2026-12-31" }],
            incidentCredits: 0,
          },
        ],
      },
    },
  },
  changeLicense: {
    method: "PATCH",
    path: "/admin/licenses/{serial}",
    groups: ["admin"],
    entry: "functions/api/admin/change-license.ts",
    summary: "Set, extend or renew a plan, upgrade Standard to Premier, or add incident credits",
    params: SerialPath,
    body: ChangeLicenseRequest,
    needs: { table: "write" },
    tags: ["admin"],
    description:
      "`set-plan` adds a plan term or replaces that plan's term (extend, renew); `upgrade-to-premier` turns an Advantage Standard term into Premier for its remaining period (409 without one); `add-credits` adds single-incident credits. 404 for an unknown serial; 409 when the license changed meanwhile.",
    responses: { 200: { description: "The license as changed", body: License } },
    problems: [404, 409],
    example: {
      body: {
        action: "set-plan",
        term: { plan: "advantage-premier", startsOn: "2026-01-01", endsOn: "2026-12-31" },
      },
    },
  },
  publishRelease: {
    method: "POST",
    path: "/admin/releases",
    groups: ["admin"],
    entry: "functions/api/admin/publish-release.ts",
    summary: "Publish a build of a product; answers with an upload URL for its file",
    body: PublishReleaseRequest,
    needs: { table: "write", files: { write: "releases" } },
    tags: ["admin"],
    description:
      "Records a build of a product and answers with a presigned URL (valid an hour) to PUT its file to, of exactly `sizeBytes` bytes. Publishing the same version and build again replaces its metadata. A newer version moves the supported window: only the two newest versions get technical support.",
    responses: { 201: { description: "The release, with its upload URL", body: PublishedRelease } },
    example: {
      body: {
        productId: "acme-backup-server",
        version: "12.1",
        build: 4711,
        sizeBytes: 524288000,
        releasedOn: "2026-11-20",
        notes: "Fixes restores of large virtual machines.",
        fileName: "acme-backup-server-12.1.4711.exe",
      },
    },
  },
  releaseNoticeReport: {
    method: "GET",
    path: "/admin/releases/{productId}/{version}/{build}/notices",
    groups: ["admin"],
    entry: "functions/api/admin/release-notice-report.ts",
    summary: "How a release's notices went: sent, skipped as unsubscribed, failed",
    params: ReleasePath,
    needs: { table: "read" },
    tags: ["admin"],
    description:
      "Once a release's file is uploaded, every owner who opted in to the product's notices gets one e-mail (exactly one, whatever retries happen). This is the release's report: the run's status and how many notices were sent, skipped (unsubscribed before their turn) and failed (SES refused or kept throttling them; a later run sends them). `not-started` until the file is uploaded. 404 for a release that was never published.",
    responses: { 200: { description: "The release's notice report", body: NoticeReportView } },
    problems: [404],
  },
  putHolidaySchedule: {
    method: "PUT",
    path: "/admin/calendars/cn/{year}",
    groups: ["admin"],
    entry: "functions/api/calendars/put-holiday-schedule.ts",
    summary:
      "Load a year's official holidays and make-up workdays for China's calendar, over the package's data (replaces)",
    params: CalendarYearPath,
    body: HolidayScheduleRequest,
    needs: { table: "write" },
    tags: ["calendars"],
    description:
      "Loads a year's official holidays and make-up workdays (weekend days worked) for China's support calendar, replacing what was loaded before; it wins over the chinese-days package for that year. Every date must be in that year and in no more than one list; 1 to 60 holidays, up to 20 workdays. New cases count on it within a minute.",
    responses: { 200: { description: "The schedule now in force", body: LoadedHolidaySchedule } },
    example: {
      body: { holidays: [{ date: "2027-01-01", name: "元旦" }], workdays: [{ date: "2027-02-06" }] },
    },
  },
  getHolidaySchedule: {
    method: "GET",
    path: "/admin/calendars/cn/{year}",
    groups: STAFF,
    entry: "functions/api/calendars/get-holiday-schedule.ts",
    summary: "The holiday schedule in force for a year: loaded, or the package's; 404 when neither has it",
    params: CalendarYearPath,
    needs: { table: "read" },
    tags: ["calendars"],
    description:
      "The schedule first-response due times are counted on for a year: the one an admin loaded (`source: loaded`), else the chinese-days package's (`source: chinese-days`). 404 when neither knows the year: weekdays then count as workdays.",
    responses: { 200: { description: "The schedule in force", body: HolidayScheduleView } },
    problems: [404],
  },
  registerProducts: {
    method: "POST",
    path: "/products/registrations",
    groups: ["customer"],
    entry: "functions/api/products/register-products.ts",
    summary:
      "Register serial numbers (one per line) to the caller's account (up to 50), each with its own outcome",
    body: RegisterProductsRequest,
    needs: { table: "write" },
    tags: ["products"],
    description:
      "Registers pasted serial numbers (one per line, up to 50; 5x5 or 8x8 groups, case-insensitive) to the caller. Each line gets its own outcome: `registered`, `already-yours`, `registered-to-another-account`, `unknown` or `malformed`; partial success is normal and still 200. `notices: true` opts every serial that is the caller's (registered or already yours) in to e-mails about new releases of its product, recorded with the time; nothing is sent without it (default false, which changes no earlier opt-in). Those lines answer their `notices`.",
    responses: { 200: { description: "One outcome per line", body: Registrations } },
    example: { body: { serials: "stan1-aaaaa-bbbbb-ccccc-00002\nNOPE-1", notices: true } },
  },
  listMyProducts: {
    method: "GET",
    path: "/products",
    groups: ["customer"],
    entry: "functions/api/products/list-my-products.ts",
    summary: "The caller's products: licenses, serial numbers, plans with expiry, supported or not",
    needs: { table: "read" },
    tags: ["products"],
    description:
      "The licenses registered to the caller, in serial order: product, edition, version (and whether it is still supported), single-incident credits, each plan with its dates, whether it runs today, and whether it can be renewed or upgraded, and `notices`: whether the serial is opted in to release notices and since when.",
    responses: { 200: { description: "The caller's products", body: Products } },
  },
  listDownloads: {
    method: "GET",
    path: "/products/{serial}/downloads",
    groups: ["customer"],
    entry: "functions/api/products/list-downloads.ts",
    summary: "Builds of an owned product, newest first, each with a short-lived download URL",
    params: SerialPath,
    needs: { table: "read", files: { read: "releases" } },
    tags: ["products"],
    description:
      "The builds of a product registered to the caller, newest first, each with a download URL valid 15 minutes. A serial not registered to the caller is 404, like an unknown one.",
    responses: { 200: { description: "The product's builds", body: Downloads } },
    problems: [404],
  },
  setProductNotices: {
    method: "PUT",
    path: "/products/{serial}/notices",
    groups: ["customer"],
    entry: "functions/api/products/set-product-notices.ts",
    summary: "Opt a registered serial in to release notices of its product, or out again",
    params: SerialPath,
    body: ProductNoticesRequest,
    needs: { table: "write" },
    tags: ["products"],
    description:
      "`subscribed: true` opts the serial in to e-mails about new releases of its product (one e-mail per release however many serials of the product are opted in); the first opt-in time is kept (`since`). `subscribed: false` opts it out. Both are idempotent. A serial not registered to the caller is 404, like an unknown one.",
    responses: { 200: { description: "The serial's release notices now", body: ProductNotices } },
    problems: [404],
    example: { body: { subscribed: true } },
  },
  unsubscribeNotices: {
    method: "POST",
    path: "/notices/unsubscribe",
    groups: "public",
    entry: "functions/api/notices/unsubscribe.ts",
    summary:
      "One-click unsubscribe from a product's release notices (RFC 8058), with the notice's signed token",
    query: UnsubscribeQuery,
    body: UnsubscribeRequest,
    bodyMediaTypes: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"],
    maxBodyBytes: 1024,
    needs: { table: "write", secrets: [NOTICE_TOKEN_SECRET] },
    tags: ["notices"],
    description:
      "The `List-Unsubscribe` URL of every release notice: `POST /notices/unsubscribe?token=<token>` (through the portal, `<portal origin>/api/notices/unsubscribe?token=…`), with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. A mail client posts the body `List-Unsubscribe=One-Click` (application/x-www-form-urlencoded or multipart/form-data); the portal's page `<portal>/unsubscribe?token=<token>` (the notice's visible link) posts `{}` as JSON. No sign-in: the token, signed by the support center for one owner and one product, is the authority. Every serial of that product is opted out at once. Idempotent: 200 again, with `changed: false`. A forged, altered or malformed token is 400 `invalid-unsubscribe-token` and changes nothing.",
    responses: { 200: { description: "Unsubscribed (now or before)", body: Unsubscribed } },
    example: {
      query: { token: "v1.<owner>.<product>.<signature>" },
      body: { "List-Unsubscribe": "One-Click" },
    },
  },
  supportOptions: {
    method: "GET",
    path: "/support/options",
    groups: ["customer"],
    entry: "functions/api/support/support-options.ts",
    summary:
      "What help the caller may get now for a product (?serial=…): plans, channels, targets, or why not",
    query: SupportOptionsQuery,
    needs: { table: "read" },
    tags: ["support"],
    description:
      "What the contact wizard offers for one product now: the plans usable today (customer service always), the channels, availability and first-response targets, and `technical`: whether a technical case would be accepted and under which plan, or the refusal's `reason` and `advice` (the same as POST /cases would give). Self-service help is always listed.",
    responses: { 200: { description: "The caller's options for the product", body: SupportOptions } },
    example: { query: { serial: "EXPD1-AAAAA-BBBBB-CCCCC-00003" } },
  },
  openCase: {
    method: "POST",
    path: "/cases",
    groups: EVERYONE,
    entry: "functions/api/cases/open-case.ts",
    summary: "Open a support case (staff: for a customer, e.g. a phone call, with onBehalfOf)",
    body: OpenCaseRequest,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "Customer-service topics (`licensing`, `downloads`, `site`, `offers`, `account`) are always accepted under the free plan. A technical case (`product-problem`) needs a `serial` registered to the caller, a plan valid today and a supported version; otherwise 403 `not-entitled` with `reason` (`not-registered`, `no-plan`, `plan-expired`, `trial-ended`, `unsupported-version`, `no-credits`, `excluded-topic`) and `advice` (`renew`, `upgrade-to-premier`, `buy-single-incident`, `update-to-latest-build`, `knowledge-base`, `forum`, `contact-customer-service`). Third-party products, network consulting, user and security management, security assessments and architecture design are never covered. A single-incident credit is spent with the case. Customers open `channel: web` cases only; staff taking a call or chat open one for a customer with `onBehalfOf: {customerId}` (422 when there is no such customer), whose e-mail address and language come from the profile.",
    responses: {
      201: { description: "The case, in the caller's view", body: Case, headers: ["location"] },
    },
    problems: [422],
    idempotencyKey: true,
    example: {
      body: {
        topic: "product-problem",
        serial: "PREM1-AAAAA-BBBBB-CCCCC-00001",
        severity: "B",
        subject: "Backup stops at 80%",
        description: "Error E1234 since Monday",
        preferredContact: "email",
        language: "en",
      },
    },
  },
  listMyCases: {
    method: "GET",
    path: "/cases",
    groups: ["customer"],
    entry: "functions/api/cases/list-my-cases.ts",
    summary: "List the caller's own cases, newest first",
    query: ListCasesQuery,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "The caller's cases, newest first, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` narrows the list: `open` (awaiting support or the customer), `closed` (resolved, withdrawn, no customer response) or one status; a narrowed page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the list ends, or it says there is more with `nextCursor`.",
    responses: { 200: { description: "A page of the caller's cases", body: CustomerCases } },
    example: { query: { status: "open", limit: "20" } },
  },
  getCase: {
    method: "GET",
    path: "/cases/{number}",
    groups: EVERYONE,
    entry: "functions/api/cases/get-case.ts",
    summary: "A case with its timeline (customers see only their own)",
    params: CasePath,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      'The case with its timeline, oldest event first. Customers see only their own cases (another\'s is 404, like a missing one), through an allow-list: no internal notes or assignments, and authors as `customer` or `support`. Staff see the whole case and timeline, and its `version`. The `ETag` header is the version, quoted (`"7"`): staff send it back as `If-Match` on replies and agent actions, so a write made on a stale view is refused.',
    responses: {
      200: {
        description: "The case and its timeline, in the caller's view",
        body: CaseWithTimeline,
        headers: ["ETag"],
      },
    },
    problems: [404],
  },
  replyToCase: {
    method: "POST",
    path: "/cases/{number}/replies",
    groups: STAFF,
    entry: "functions/api/cases/reply-to-case.ts",
    summary: "Support answers a case; starts the follow-up sequence",
    params: CasePath,
    headers: CaseWriteHeaders,
    body: SupportReplyRequest,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "Support answers the case: it now awaits the customer, the reply is e-mailed, and the follow-up sequence starts (reminders after 3, 6 and 10 days without an answer). The first reply is the case's first response. A resolved or withdrawn case must be reopened first (409). With `If-Match` (the ETag of GET /cases/{number}) a reply to a case that changed since is refused with 409 `stale-case`, whose `currentVersion` and `events` (written since) show what the agent has not seen; nothing is written.",
    responses: { 201: { description: "The reply, as a timeline event", body: StaffEvent } },
    problems: [404, 409],
    idempotencyKey: true,
    example: { body: { message: "Please update to build 4711." } },
  },
  addCustomerNote: {
    method: "POST",
    path: "/cases/{number}/notes",
    groups: ["customer"],
    entry: "functions/api/cases/add-customer-note.ts",
    summary: "The customer answers; 'Resolved' closes the case, anything else returns it to support",
    params: CasePath,
    body: CustomerNoteRequest,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "The customer answers on their case: `Resolved` (or `已解决`) closes it, anything else returns it to support, and a note on a closed case reopens it. Either way pending follow-ups stop.",
    responses: { 201: { description: "The note, as a timeline event", body: CustomerEvent } },
    problems: [404, 409],
    idempotencyKey: true,
    example: { body: { message: "Resolved" } },
  },
  caseQueue: {
    method: "GET",
    path: "/queue",
    groups: STAFF,
    entry: "functions/api/cases/case-queue.ts",
    summary:
      "Open cases, first response due soonest first, with time left; filter by status, severity, plan, assignee, mine, unassigned",
    query: QueueQuery,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "Open cases, first response due soonest first (cases answered at once last), each with `firstResponse: {breached, timeLeftSeconds}`. Filters `status` (an open status), `severity`, `plan`, `assigneeId`, `mine=true` (assigned to the caller) and `unassigned=true` all hold together; a filtered page is topped up from the following cases (up to 500 read per request), so it holds `limit` cases unless the queue ends, or it says there is more with `nextCursor`.",
    responses: { 200: { description: "A page of the queue", body: QueuePage } },
    example: { query: { severity: "A", limit: "50" } },
  },
  addAttachment: {
    method: "POST",
    path: "/cases/{number}/attachments",
    groups: EVERYONE,
    entry: "functions/api/cases/add-attachment.ts",
    summary: "Attach a screenshot or log: answers with an upload URL (size and type limited)",
    params: CasePath,
    body: AttachmentRequest,
    needs: { table: "write", files: { write: "attachments" } },
    tags: ["cases"],
    description:
      "Records an attachment (PNG, JPEG, GIF, text, PDF, zip, gzip or 7z; at most 20 MB) and answers with an upload URL valid 10 minutes, signed for exactly that size and type, that can only create the file: PUT it with the given `headers` (`content-type`, `if-none-match: *`). Its customer and staff only.",
    responses: { 201: { description: "Where to upload the file", body: AttachmentUpload } },
    problems: [404],
    idempotencyKey: true,
    example: { body: { fileName: "backup-log.txt", contentType: "text/plain", sizeBytes: 48213 } },
  },
  listAttachments: {
    method: "GET",
    path: "/cases/{number}/attachments",
    groups: EVERYONE,
    entry: "functions/api/cases/list-attachments.ts",
    summary: "A case's attachments with short-lived download URLs (its customer and staff only)",
    params: CasePath,
    needs: { table: "read", files: { read: "attachments" } },
    tags: ["cases"],
    description:
      "The case's attachments with download URLs valid 15 minutes, each saying whether the customer or support added it. Its customer and staff only; another customer's case is 404.",
    responses: { 200: { description: "The case's attachments", body: Attachments } },
    problems: [404],
  },
  caseEvents: {
    method: "GET",
    path: "/cases/{number}/events",
    groups: EVERYONE,
    entry: "functions/api/cases/case-events.ts",
    summary: "The case's timeline; customers see public events of their own cases only",
    params: CasePath,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "The case's timeline, oldest first: opening, replies, notes, follow-ups, severity changes, resolution. Customers see the public events of their own cases, with authors as `customer` or `support`; staff see every event with who acted.",
    responses: { 200: { description: "The timeline, in the caller's view", body: Timeline } },
    problems: [404],
  },
  agentAction: {
    method: "POST",
    path: "/cases/{number}/agent-actions",
    groups: STAFF,
    entry: "functions/api/cases/agent-action.ts",
    summary: "Assign, change severity (with a reason), add an internal note, resolve or reopen",
    params: CasePath,
    headers: CaseWriteHeaders,
    body: AgentActionRequest,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "`assign` (to an agent), `change-severity` (with a reason), `internal-note`, `resolve` (with the resolution) or `reopen` (with a reason). Each is a timeline event with who and when; notes and assignments are internal. Resolving a resolved or withdrawn case, or reopening an open one, is 409; resolving a case that awaits the customer stops its follow-ups. With `If-Match`, an action on a case that changed since is 409 `stale-case` with `currentVersion` and the newer `events`.",
    responses: { 200: { description: "The action, as a timeline event", body: StaffEvent } },
    problems: [404, 409],
    example: {
      body: { action: "change-severity", severity: "A", reason: "Production backups are failing." },
    },
  },
  rateCase: {
    method: "POST",
    path: "/cases/{number}/rating",
    groups: ["customer"],
    entry: "functions/api/cases/rate-case.ts",
    summary: "Rate a resolved case from 1 to 5 with a comment, once",
    params: CasePath,
    body: RatingRequest,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "The customer rates their resolved case from 1 to 5, with an optional comment, once. 409 when the case is not resolved or was rated already.",
    responses: { 201: { description: "The rating", body: Rating } },
    problems: [404, 409],
    example: { body: { score: 5, comment: "Quick and clear answer." } },
  },
  severities: {
    method: "GET",
    path: "/support/severities",
    groups: "public",
    entry: "functions/api/support/severities.ts",
    summary: "Severity levels A to D and what each means",
    needs: {},
    tags: ["support"],
    description:
      "Severity levels A (a backup system down, data loss) to D (no functional impact: questions), and what each means: the customer chooses one when opening a case.",
    responses: { 200: { description: "The severity levels", body: Severities } },
  },
  giveFeedback: {
    method: "POST",
    path: "/feedback",
    groups: EVERYONE,
    entry: "functions/api/feedback/give-feedback.ts",
    summary: "Suggestions, complaints, thanks or praise about products, support or the site",
    body: FeedbackRequest,
    needs: { table: "write" },
    tags: ["feedback"],
    description:
      "A suggestion, complaint, thanks or praise about a product, support or the site, optionally about a case. Every feedback is tracked until staff answer it.",
    responses: { 201: { description: "Recorded", body: FeedbackReceived } },
    idempotencyKey: true,
    example: {
      body: {
        kind: "praise",
        about: "support",
        text: "The restore guide saved our weekend.",
        caseNumber: "00000042",
      },
    },
  },
  listFeedback: {
    method: "GET",
    path: "/admin/feedback",
    groups: STAFF,
    entry: "functions/api/feedback/list-feedback.ts",
    summary: "All feedback, newest first, with its status (filters, cursor pagination)",
    query: FeedbackListQuery,
    needs: { table: "read" },
    tags: ["feedback"],
    description:
      "Every feedback, newest first, with its author and status, a page at a time (`limit` 1-100, default 20; pass `nextCursor` back as `cursor`). `status` and `kind` narrow the list; a filtered page may hold fewer than `limit` items and still have a `nextCursor` (the listing reads a bounded number of items per request).",
    responses: { 200: { description: "A page of feedback", body: FeedbackPage } },
    example: { query: { limit: "20" } },
  },
  setFeedbackStatus: {
    method: "PATCH",
    path: "/admin/feedback/{feedbackId}",
    groups: STAFF,
    entry: "functions/api/feedback/set-feedback-status.ts",
    summary: "Move a feedback on: new, reviewed or answered",
    params: FeedbackPath,
    body: FeedbackStatusRequest,
    needs: { table: "write" },
    tags: ["feedback"],
    description: "Moves a feedback on: `new`, `reviewed` or `answered`.",
    responses: { 200: { description: "The feedback as changed", body: Feedback } },
    problems: [404],
    example: { body: { status: "reviewed" } },
  },
  withdrawCase: {
    method: "POST",
    path: "/cases/{number}/withdraw",
    groups: ["customer"],
    entry: "functions/api/cases/withdraw-case.ts",
    summary: "Withdraw a case support has not answered yet; a used incident credit is given back",
    params: CasePath,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "The customer takes back a case support has not answered yet; a single-incident credit it used returns to the license. Once support has replied, or the case is closed, it is 409: add a note or answer `Resolved` instead.",
    responses: { 200: { description: "The withdrawal, as a timeline event", body: CustomerEvent } },
    problems: [404, 409],
  },
  // ---- The agent desk and the admin console (issue 14): canned replies, presence, staff views.
  createCannedReply: {
    method: "POST",
    path: "/admin/canned-replies",
    groups: ["admin"],
    entry: "functions/api/desk/create-canned-reply.ts",
    summary: "Write a canned reply (title and text in English and Chinese) for the desk's composer",
    body: CannedReplyRequest,
    needs: { table: "write" },
    tags: ["admin"],
    description: `A reply agents pick in the composer: \`title\` and \`body\` each in \`en\` and \`zh-CN\`. The text may use the placeholders ${CANNED_PLACEHOLDER_LIST}, which the desk fills with the case's facts; any other \`{{name}}\` is refused with 400 naming the field.`,
    responses: {
      201: { description: "The canned reply", body: CannedReply, headers: ["location"] },
    },
    example: {
      body: {
        title: { en: "Update to the latest build", "zh-CN": "更新到最新版本" },
        body: {
          en: "Dear {{customerName}},\n\nplease update to the latest build and tell us on case {{caseNumber}} whether the problem remains.\n\n{{agentName}}",
          "zh-CN":
            "{{customerName}}，您好：\n\n请更新到最新版本，并在案例 {{caseNumber}} 中告诉我们问题是否仍然存在。\n\n{{agentName}}",
        },
      },
    },
  },
  getCannedReply: {
    method: "GET",
    path: "/admin/canned-replies/{cannedReplyId}",
    groups: ["admin"],
    entry: "functions/api/desk/get-canned-reply.ts",
    summary: "One canned reply, to edit",
    params: CannedReplyPath,
    needs: { table: "read" },
    tags: ["admin"],
    description:
      "The canned reply with its texts as written (placeholders unfilled) and who changed it last.",
    responses: { 200: { description: "The canned reply", body: CannedReply } },
    problems: [404],
  },
  replaceCannedReply: {
    method: "PUT",
    path: "/admin/canned-replies/{cannedReplyId}",
    groups: ["admin"],
    entry: "functions/api/desk/replace-canned-reply.ts",
    summary: "Rewrite a canned reply's title and text",
    params: CannedReplyPath,
    body: CannedReplyRequest,
    needs: { table: "write" },
    tags: ["admin"],
    description: `Replaces the title and text in both languages, with the same placeholder rule as creating one (${CANNED_PLACEHOLDER_LIST}). 404 when there is no such canned reply (deleted meanwhile, too).`,
    responses: { 200: { description: "The canned reply as rewritten", body: CannedReply } },
    problems: [404],
    example: {
      body: {
        title: { en: "Send us the log", "zh-CN": "请发送日志" },
        body: {
          en: "Dear {{customerName}}, please attach the backup log to case {{caseNumber}}.",
          "zh-CN": "{{customerName}}，您好：请将备份日志附加到案例 {{caseNumber}}。",
        },
      },
    },
  },
  deleteCannedReply: {
    method: "DELETE",
    path: "/admin/canned-replies/{cannedReplyId}",
    groups: ["admin"],
    entry: "functions/api/desk/delete-canned-reply.ts",
    summary: "Delete a canned reply",
    params: CannedReplyPath,
    needs: { table: "write" },
    tags: ["admin"],
    description:
      "Removes the canned reply from the composer. Replies already sent with it are unchanged. 404 when there is none.",
    responses: { 204: { description: "Deleted" } },
    problems: [404],
  },
  listCannedReplies: {
    method: "GET",
    path: "/canned-replies",
    groups: STAFF,
    entry: "functions/api/desk/list-canned-replies.ts",
    summary: "Every canned reply, for the composer (texts with placeholders unfilled)",
    needs: { table: "read" },
    tags: ["cases"],
    description: `Every canned reply, by English title, in both languages with the placeholders each uses. The desk fills ${CANNED_PLACEHOLDER_LIST} itself (fillCannedReply in functions/domain/canned-replies.ts) in the case's language, and the agent edits the text before sending it as a reply.`,
    responses: { 200: { description: "The canned replies", body: CannedReplies } },
  },
  markPresence: {
    method: "PUT",
    path: "/cases/{number}/presence",
    groups: STAFF,
    entry: "functions/api/desk/mark-presence.ts",
    summary: "Say the caller has the case open (a heartbeat); answers who else has it open",
    params: CasePath,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "The desk's case page calls this when it opens and every `refreshSeconds` (20) while open. The mark counts for `expiresInSeconds` (60) without a refresh, so a closed tab drops out by itself. The answer lists the other staff on the case now, with when their visit began. 404 for an unknown case.",
    responses: { 200: { description: "The caller is marked; the others on the case", body: CasePresence } },
    problems: [404],
  },
  casePresence: {
    method: "GET",
    path: "/cases/{number}/presence",
    groups: STAFF,
    entry: "functions/api/desk/case-presence.ts",
    summary: "Who else has the case open now",
    params: CasePath,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "The staff other than the caller whose case page marked the case within the last minute (lapsed marks never count, even before the table's TTL removes them). 404 for an unknown case.",
    responses: { 200: { description: "The others on the case", body: CasePresence } },
    problems: [404],
  },
  leaveCase: {
    method: "DELETE",
    path: "/cases/{number}/presence",
    groups: STAFF,
    entry: "functions/api/desk/leave-case.ts",
    summary: "The caller closed the case page: no longer shown to others",
    params: CasePath,
    needs: { table: "write" },
    tags: ["cases"],
    description:
      "Removes the caller's mark at once instead of letting it lapse. Leaving a case twice is no error.",
    responses: { 204: { description: "Left" } },
  },
  findCustomer: {
    method: "GET",
    path: "/customers",
    groups: STAFF,
    entry: "functions/api/desk/find-customer.ts",
    summary: "Look a customer up by e-mail (a caller on the phone): profile and products with plans",
    query: CustomerEmailQuery,
    needs: { table: "read", identity: ["cognito-idp:AdminGetUser"] },
    tags: ["cases"],
    description:
      "The customer with this sign-in address: their profile and every registered product with its licenses and plans (as GET /products shows them to the customer). Open a case for them with POST /cases and `onBehalfOf: {customerId: customer.id}`. 404 when no account has the address, or it has no profile.",
    responses: { 200: { description: "The customer and their products", body: StaffCustomer } },
    problems: [404],
    example: { query: { email: "mei@example.com" } },
  },
  getCustomer: {
    method: "GET",
    path: "/customers/{customerId}",
    groups: STAFF,
    entry: "functions/api/desk/get-customer.ts",
    summary: "A customer by id (a case's customerId): profile and products with plans",
    params: CustomerPath,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "The case page's customer panel: the profile and every registered product with its plans. The case's `serial` names the product it is about and its `plan` the plan that accepted it at intake (with the targets of then in `firstResponseTargets`). 404 for an unknown customer.",
    responses: { 200: { description: "The customer and their products", body: StaffCustomer } },
    problems: [404],
  },
  followUpState: {
    method: "GET",
    path: "/cases/{number}/follow-up",
    groups: STAFF,
    entry: "functions/api/desk/follow-up-state.ts",
    summary: "Where the case's follow-up sequence stands: step, next e-mail, the execution",
    params: CasePath,
    needs: { table: "read" },
    tags: ["cases"],
    description:
      "The latest support reply's follow-up sequence as the case records it (the state machine's claims write it): whether it runs, the `step`, how many follow-ups went out, when the next one is due (3, 6 and 10 days after the reply), and the execution (`case-<number>-reply-<replyId>`) with its ARN and its page in the AWS Step Functions console. Locally the desk links the local executions console instead. 404 for an unknown case.",
    responses: { 200: { description: "The follow-up state", body: FollowUpStateView } },
    problems: [404],
  },
  listAgents: {
    method: "GET",
    path: "/admin/agents",
    // Agents read it too: the desk assigns a case to a named engineer. Changing one stays admin-only.
    groups: STAFF,
    entry: "functions/api/admin/list-agents.ts",
    summary: "The support engineers' accounts, whether each may sign in (cursor pagination)",
    query: PageQuery,
    needs: { identity: ["cognito-idp:ListUsersInGroup"] },
    tags: ["admin"],
    description:
      "The accounts of the agent group as the user pool has them (agents read it to assign a case to someone; only admins change an account): id, e-mail, names, whether enabled, and the account status (`FORCE_CHANGE_PASSWORD` until the first sign-in). A page at a time (`limit` 1-100, at most 60 a page as Cognito allows; pass `nextCursor` back as `cursor`).",
    responses: { 200: { description: "A page of support engineers", body: AgentPage } },
    example: { query: { limit: "20" } },
  },
  setAgentEnabled: {
    method: "PATCH",
    path: "/admin/agents/{agentId}",
    groups: ["admin"],
    entry: "functions/api/admin/set-agent-enabled.ts",
    summary: "Disable a support engineer (no sign-in, signed out everywhere) or enable them again",
    params: AgentPath,
    body: AgentEnabledRequest,
    needs: {
      identity: [
        "cognito-idp:AdminListGroupsForUser",
        "cognito-idp:AdminDisableUser",
        "cognito-idp:AdminEnableUser",
        "cognito-idp:AdminUserGlobalSignOut",
      ],
    },
    tags: ["admin"],
    description:
      "`enabled: false` disables the account: it cannot sign in, and every refresh token is revoked (ID tokens already issued lapse within 15 minutes). `enabled: true` lets it sign in again. Only accounts of the agent group: anyone else is 404, like an unknown id.",
    responses: { 200: { description: "The account's state now", body: AgentEnabled } },
    problems: [404],
    example: { body: { enabled: false } },
  },
  openApiDocument: {
    method: "GET",
    path: "/openapi.json",
    groups: "public",
    entry: "functions/api/reference/openapi-document.ts",
    summary: "This API's OpenAPI 3.1 document",
    description:
      "Generated from the route table and its schemas (`npm run docs`); the same file as `openapi.json` in the repository.",
    tags: ["reference"],
    responses: {
      200: { description: "The OpenAPI document", body: OpenApiDocumentBody, headers: ["Cache-Control"] },
    },
    needs: {},
  },
  apiReference: {
    method: "GET",
    path: "/docs",
    groups: "public",
    entry: "functions/api/reference/reference-page.ts",
    summary: "The interactive API reference (Redoc) for this document",
    description:
      "A page that renders `/openapi.json` with Redoc, loaded from `/docs/redoc.js`: nothing from another host.",
    tags: ["reference"],
    responses: {
      200: {
        description: "The reference page",
        body: HtmlPage,
        contentType: "text/html",
        headers: ["Cache-Control"],
      },
    },
    needs: {},
  },
  apiReferenceScript: {
    method: "GET",
    path: "/docs/redoc.js",
    groups: "public",
    entry: "functions/api/reference/reference-script.ts",
    summary: "Redoc's standalone script (MIT), as @redocly/cli ships it, for the reference page",
    description: "An ES module exporting `init`; cached by the browser for a day.",
    tags: ["reference"],
    responses: {
      200: {
        description: "The script",
        body: Script,
        contentType: "text/javascript",
        headers: ["Cache-Control"],
      },
    },
    needs: {},
    packageFiles: ["@redocly/cli/lib/chunks/redoc.standalone.js"],
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;
