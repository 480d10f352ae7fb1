import type * as z from "zod/mini";
import type { Group } from "#shared/caller";
import { HtmlPage, OpenApiDocumentBody, Script } from "./responses/reference";
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
  FeedbackPath,
  FeedbackRequest,
  FeedbackStatusRequest,
  HolidayScheduleRequest,
  ImportLicensesRequest,
  ListCasesQuery,
  OpenCaseRequest,
  PageQuery,
  PublishReleaseRequest,
  QueueQuery,
  RatingRequest,
  RefreshSessionRequest,
  RegisterProductsRequest,
  ResetPasswordRequest,
  SerialPath,
  SignInRequest,
  SignUpRequest,
  SupportOptionsQuery,
  SupportReplyRequest,
  UpdateProfileRequest,
} from "./schemas";

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
  | typeof READ_CLIENT_SECRET;

/**
 * The route table: the single source for the HTTP API in AWS (infra/), the local gateway
 * (infra/local/gateway.ts), the group checks in every handler, the README's API table, and
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
  /** Longer prose for the API document. */
  description?: string;
  /** Groups of operations in the API document (accounts, cases, …). */
  tags?: readonly string[];
  /**
   * Path parameters, query and body: apiHandler/publicHandler (functions/shared/http.ts) parse
   * them with these before the handler runs, and the handler gets the parsed values.
   */
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Media types the body may come in (default application/json); the handler brings a reader for the others. */
  bodyMediaTypes?: readonly string[];
  /** Larger bodies are refused with 413 (default MAX_BODY_BYTES, 64 KiB). */
  maxBodyBytes?: number;
  /** The success answers, by status; a body-less answer has no `body`. */
  responses?: Readonly<Record<number, RouteResponse>>;
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
  },
  signOut: {
    method: "POST",
    path: "/sessions/sign-out",
    groups: EVERYONE,
    entry: "functions/api/sessions/sign-out.ts",
    summary: "Sign out everywhere: every refresh token of the caller is revoked",
    needs: { identity: ["cognito-idp:AdminUserGlobalSignOut"] },
  },
  getMe: {
    method: "GET",
    path: "/me",
    groups: EVERYONE,
    entry: "functions/api/me/get-me.ts",
    summary: "The caller's profile and groups",
    needs: { table: "write" },
  },
  updateMe: {
    method: "PATCH",
    path: "/me",
    groups: EVERYONE,
    entry: "functions/api/me/update-me.ts",
    summary: "Change name, country, e-mail language, company or phone",
    body: UpdateProfileRequest,
    needs: { table: "write" },
  },
  createAgent: {
    method: "POST",
    path: "/admin/agents",
    groups: ["admin"],
    entry: "functions/api/admin/create-agent.ts",
    summary: "Create a support engineer account; a temporary password is e-mailed",
    body: CreateAgentRequest,
    needs: { table: "write", identity: ["cognito-idp:AdminCreateUser", "cognito-idp:AdminAddUserToGroup"] },
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
  },
  publishRelease: {
    method: "POST",
    path: "/admin/releases",
    groups: ["admin"],
    entry: "functions/api/admin/publish-release.ts",
    summary: "Publish a build of a product; answers with an upload URL for its file",
    body: PublishReleaseRequest,
    needs: { table: "write", files: { write: "releases" } },
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
  },
  getHolidaySchedule: {
    method: "GET",
    path: "/admin/calendars/cn/{year}",
    groups: STAFF,
    entry: "functions/api/calendars/get-holiday-schedule.ts",
    summary: "The holiday schedule in force for a year: loaded, or the package's; 404 when neither has it",
    params: CalendarYearPath,
    needs: { table: "read" },
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
  },
  listMyProducts: {
    method: "GET",
    path: "/products",
    groups: ["customer"],
    entry: "functions/api/products/list-my-products.ts",
    summary: "The caller's products: licenses, serial numbers, plans with expiry, supported or not",
    needs: { table: "read" },
  },
  listDownloads: {
    method: "GET",
    path: "/products/{serial}/downloads",
    groups: ["customer"],
    entry: "functions/api/products/list-downloads.ts",
    summary: "Builds of an owned product, newest first, each with a short-lived download URL",
    params: SerialPath,
    needs: { table: "read", files: { read: "releases" } },
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
  },
  openCase: {
    method: "POST",
    path: "/cases",
    groups: EVERYONE,
    entry: "functions/api/cases/open-case.ts",
    summary: "Open a support case (staff: for a customer, e.g. a phone call, with onBehalfOf)",
    body: OpenCaseRequest,
    needs: { table: "write" },
  },
  listMyCases: {
    method: "GET",
    path: "/cases",
    groups: ["customer"],
    entry: "functions/api/cases/list-my-cases.ts",
    summary: "List the caller's own cases, newest first",
    query: ListCasesQuery,
    needs: { table: "read" },
  },
  getCase: {
    method: "GET",
    path: "/cases/{number}",
    groups: EVERYONE,
    entry: "functions/api/cases/get-case.ts",
    summary: "A case with its timeline (customers see only their own)",
    params: CasePath,
    needs: { table: "read" },
  },
  replyToCase: {
    method: "POST",
    path: "/cases/{number}/replies",
    groups: STAFF,
    entry: "functions/api/cases/reply-to-case.ts",
    summary: "Support answers a case; starts the follow-up sequence",
    params: CasePath,
    body: SupportReplyRequest,
    needs: { table: "write" },
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
  },
  caseQueue: {
    method: "GET",
    path: "/queue",
    groups: STAFF,
    entry: "functions/api/cases/case-queue.ts",
    summary:
      "Open cases, first response due soonest first, with time left; filter by status, severity, plan, assignee",
    query: QueueQuery,
    needs: { table: "read" },
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
  },
  listAttachments: {
    method: "GET",
    path: "/cases/{number}/attachments",
    groups: EVERYONE,
    entry: "functions/api/cases/list-attachments.ts",
    summary: "A case's attachments with short-lived download URLs (its customer and staff only)",
    params: CasePath,
    needs: { table: "read", files: { read: "attachments" } },
  },
  caseEvents: {
    method: "GET",
    path: "/cases/{number}/events",
    groups: EVERYONE,
    entry: "functions/api/cases/case-events.ts",
    summary: "The case's timeline; customers see public events of their own cases only",
    params: CasePath,
    needs: { table: "read" },
  },
  agentAction: {
    method: "POST",
    path: "/cases/{number}/agent-actions",
    groups: STAFF,
    entry: "functions/api/cases/agent-action.ts",
    summary: "Assign, change severity (with a reason), add an internal note, resolve or reopen",
    params: CasePath,
    body: AgentActionRequest,
    needs: { table: "write" },
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
  },
  severities: {
    method: "GET",
    path: "/support/severities",
    groups: "public",
    entry: "functions/api/support/severities.ts",
    summary: "Severity levels A to D and what each means",
    needs: {},
  },
  giveFeedback: {
    method: "POST",
    path: "/feedback",
    groups: EVERYONE,
    entry: "functions/api/feedback/give-feedback.ts",
    summary: "Suggestions, complaints, thanks or praise about products, support or the site",
    body: FeedbackRequest,
    needs: { table: "write" },
  },
  listFeedback: {
    method: "GET",
    path: "/admin/feedback",
    groups: STAFF,
    entry: "functions/api/feedback/list-feedback.ts",
    summary: "All feedback, newest first, with its status (cursor pagination)",
    query: PageQuery,
    needs: { table: "read" },
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
  },
  withdrawCase: {
    method: "POST",
    path: "/cases/{number}/withdraw",
    groups: ["customer"],
    entry: "functions/api/cases/withdraw-case.ts",
    summary: "Withdraw a case support has not answered yet; a used incident credit is given back",
    params: CasePath,
    needs: { table: "write" },
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
