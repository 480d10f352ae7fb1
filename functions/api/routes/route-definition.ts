import type * as z from "zod/mini";
import { CANNED_PLACEHOLDERS } from "#domain/canned-replies";
import type { NOTICE_TOKEN_SECRET } from "#notices/unsubscribe-token-key";
import type { Group } from "#shared/caller";
import type { RouteInput } from "#shared/request";
import type { ApiTag } from "../tags";
/** Secrets a route's function may read (the stack creates each and grants it to those routes). */
export type RouteSecret = typeof NOTICE_TOKEN_SECRET;

/** The folders of the files bucket. */
export type FileArea = "releases" | "attachments";

/** Reads the app client's secret (functions/accounts/app-client.ts): only routes that call Cognito as the client. */
export const READ_CLIENT_SECRET = "cognito-idp:DescribeUserPoolClient";

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
 * A route of the route table (functions/api/routes.ts): the single source for the HTTP API in AWS (infra/), the local gateway
 * (infra/local/gateway/server.ts), the group checks in every handler, the README's API table, and
 * the authorization tests.
 */
export interface RouteDefinition extends RouteInput {
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

export const STAFF = ["agent", "admin"] as const;

export const CANNED_PLACEHOLDER_LIST = CANNED_PLACEHOLDERS.map((name) => `\`{{${name}}}\``).join(", ");
export const EVERYONE = ["customer", "agent", "admin"] as const;
