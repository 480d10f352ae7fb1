import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import { problems } from "./problem";

export const GROUPS = ["customer", "agent", "admin"] as const;

export type Group = (typeof GROUPS)[number];

/** Who is calling, as the JWT authorizer vouched for it. */
export interface Caller {
  id: string;
  email: string;
  groups: Group[];
}

/**
 * API Gateway hands JWT claims over as strings; an array claim such as `cognito:groups`
 * arrives as one bracketed, space-separated string: "[agent admin]".
 */
export function parseGroupsClaim(claim: unknown): Group[] {
  if (Array.isArray(claim)) return claim.filter(isGroup);
  if (typeof claim !== "string") return [];
  return claim
    .replace(/^\[|\]$/g, "")
    .split(/[\s,]+/)
    .filter(isGroup);
}

function isGroup(value: unknown): value is Group {
  return typeof value === "string" && (GROUPS as readonly string[]).includes(value);
}

export function callerFromEvent(event: APIGatewayProxyEventV2WithJWTAuthorizer): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims ?? {};
  const id = claims.sub;
  const email = claims.email;
  if (typeof id !== "string" || id === "" || typeof email !== "string") throw problems.unauthenticated();
  return { id, email, groups: parseGroupsClaim(claims["cognito:groups"]) };
}

export function isStaff(caller: Caller): boolean {
  return caller.groups.includes("agent") || caller.groups.includes("admin");
}
