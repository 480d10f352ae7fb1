import { Profile } from "../responses/me";
import { UpdateProfileRequest } from "../schemas";
import { EVERYONE, type RouteDefinition } from "./route-definition";

export const updateMeRoute = {
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
} as const satisfies RouteDefinition;
