import type { components } from "../../client/openapi";

type Profile = components["schemas"]["Profile"];

/** Support engineers and admins work the desk; admins also run the console. */
export function isStaff(profile: Profile | undefined): boolean {
  return profile?.groups.some((group) => group === "agent" || group === "admin") ?? false;
}

export function isAdmin(profile: Profile | undefined): boolean {
  return profile?.groups.includes("admin") ?? false;
}
