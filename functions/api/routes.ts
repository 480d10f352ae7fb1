import { addAttachmentRoute } from "./routes/add-attachment";
import { addCustomerNoteRoute } from "./routes/add-customer-note";
import { agentActionRoute } from "./routes/agent-action";
import { apiReferenceRoute } from "./routes/api-reference";
import { apiReferenceScriptRoute } from "./routes/api-reference-script";
import { caseEventsRoute } from "./routes/case-events";
import { casePresenceRoute } from "./routes/case-presence";
import { caseQueueRoute } from "./routes/case-queue";
import { changeLicenseRoute } from "./routes/change-license";
import { completeNewPasswordRoute } from "./routes/complete-new-password";
import { confirmAccountRoute } from "./routes/confirm-account";
import { createAgentRoute } from "./routes/create-agent";
import { createCannedReplyRoute } from "./routes/create-canned-reply";
import { deleteCannedReplyRoute } from "./routes/delete-canned-reply";
import { findCustomerRoute } from "./routes/find-customer";
import { followUpStateRoute } from "./routes/follow-up-state";
import { getCannedReplyRoute } from "./routes/get-canned-reply";
import { getCaseRoute } from "./routes/get-case";
import { getCustomerRoute } from "./routes/get-customer";
import { getHolidayScheduleRoute } from "./routes/get-holiday-schedule";
import { getMeRoute } from "./routes/get-me";
import { giveFeedbackRoute } from "./routes/give-feedback";
import { importLicensesRoute } from "./routes/import-licenses";
import { leaveCaseRoute } from "./routes/leave-case";
import { listAgentsRoute } from "./routes/list-agents";
import { listAttachmentsRoute } from "./routes/list-attachments";
import { listCannedRepliesRoute } from "./routes/list-canned-replies";
import { listDownloadsRoute } from "./routes/list-downloads";
import { listFeedbackRoute } from "./routes/list-feedback";
import { listMyCasesRoute } from "./routes/list-my-cases";
import { listMyProductsRoute } from "./routes/list-my-products";
import { markPresenceRoute } from "./routes/mark-presence";
import { openApiDocumentRoute } from "./routes/open-api-document";
import { openCaseRoute } from "./routes/open-case";
import { publishReleaseRoute } from "./routes/publish-release";
import { putHolidayScheduleRoute } from "./routes/put-holiday-schedule";
import { rateCaseRoute } from "./routes/rate-case";
import { refreshSessionRoute } from "./routes/refresh-session";
import { registerProductsRoute } from "./routes/register-products";
import { releaseNoticeReportRoute } from "./routes/release-notice-report";
import { replaceCannedReplyRoute } from "./routes/replace-canned-reply";
import { replyToCaseRoute } from "./routes/reply-to-case";
import { requestPasswordResetRoute } from "./routes/request-password-reset";
import { resendConfirmationCodeRoute } from "./routes/resend-confirmation-code";
import { resetPasswordRoute } from "./routes/reset-password";
import { setAgentEnabledRoute } from "./routes/set-agent-enabled";
import { setFeedbackStatusRoute } from "./routes/set-feedback-status";
import { setProductNoticesRoute } from "./routes/set-product-notices";
import { severitiesRoute } from "./routes/severities";
import { signInRoute } from "./routes/sign-in";
import { signOutRoute } from "./routes/sign-out";
import { signUpRoute } from "./routes/sign-up";
import { supportOptionsRoute } from "./routes/support-options";
import { unsubscribeNoticesRoute } from "./routes/unsubscribe-notices";
import { updateMeRoute } from "./routes/update-me";
import { withdrawCaseRoute } from "./routes/withdraw-case";

export type {
  FileArea,
  IdentityAction,
  RouteDefinition,
  RouteResponse,
  RouteSecret,
} from "./routes/route-definition";

/**
 * The route table: the single source for the HTTP API in AWS (infra/), the local gateway, the
 * group checks in every handler, the README's API table, and the authorization tests. Each route
 * is a module of its own (routes/*.ts), which its handler imports alone: a function's bundle
 * carries its own route's prose and schemas, not the whole table's.
 */
export const ROUTES = {
  signUp: signUpRoute,
  confirmAccount: confirmAccountRoute,
  resendConfirmationCode: resendConfirmationCodeRoute,
  requestPasswordReset: requestPasswordResetRoute,
  resetPassword: resetPasswordRoute,
  signIn: signInRoute,
  completeNewPassword: completeNewPasswordRoute,
  refreshSession: refreshSessionRoute,
  signOut: signOutRoute,
  getMe: getMeRoute,
  updateMe: updateMeRoute,
  createAgent: createAgentRoute,
  importLicenses: importLicensesRoute,
  changeLicense: changeLicenseRoute,
  publishRelease: publishReleaseRoute,
  releaseNoticeReport: releaseNoticeReportRoute,
  putHolidaySchedule: putHolidayScheduleRoute,
  getHolidaySchedule: getHolidayScheduleRoute,
  registerProducts: registerProductsRoute,
  listMyProducts: listMyProductsRoute,
  listDownloads: listDownloadsRoute,
  setProductNotices: setProductNoticesRoute,
  unsubscribeNotices: unsubscribeNoticesRoute,
  supportOptions: supportOptionsRoute,
  openCase: openCaseRoute,
  listMyCases: listMyCasesRoute,
  getCase: getCaseRoute,
  replyToCase: replyToCaseRoute,
  addCustomerNote: addCustomerNoteRoute,
  caseQueue: caseQueueRoute,
  addAttachment: addAttachmentRoute,
  listAttachments: listAttachmentsRoute,
  caseEvents: caseEventsRoute,
  agentAction: agentActionRoute,
  rateCase: rateCaseRoute,
  severities: severitiesRoute,
  giveFeedback: giveFeedbackRoute,
  listFeedback: listFeedbackRoute,
  setFeedbackStatus: setFeedbackStatusRoute,
  withdrawCase: withdrawCaseRoute,
  createCannedReply: createCannedReplyRoute,
  getCannedReply: getCannedReplyRoute,
  replaceCannedReply: replaceCannedReplyRoute,
  deleteCannedReply: deleteCannedReplyRoute,
  listCannedReplies: listCannedRepliesRoute,
  markPresence: markPresenceRoute,
  casePresence: casePresenceRoute,
  leaveCase: leaveCaseRoute,
  findCustomer: findCustomerRoute,
  getCustomer: getCustomerRoute,
  followUpState: followUpStateRoute,
  listAgents: listAgentsRoute,
  setAgentEnabled: setAgentEnabledRoute,
  openApiDocument: openApiDocumentRoute,
  apiReference: apiReferenceRoute,
  apiReferenceScript: apiReferenceScriptRoute,
} as const;

export type RouteId = keyof typeof ROUTES;
