import { Profile } from "../responses/me";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const getMeRoute = {
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
} as const satisfies RouteDefinition;
