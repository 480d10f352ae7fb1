/** The groups of operations in the API document, with what each covers (route table: `tags`). */
export const API_TAGS = {
  accounts: "Customer sign-up, e-mail confirmation and password resets.",
  sessions: "Signing in (the ID token is the bearer token of every other route), refreshing and signing out.",
  profile: "The caller's own profile.",
  products: "Registering serial numbers, the caller's licenses and plans, and downloads of owned products.",
  notices:
    "Release notices: the one-click unsubscribe link every notice carries (RFC 8058), no sign-in needed.",
  support: "What help the caller may get for a product, and the severity levels.",
  cases: "Support cases: opening, the timeline, replies and notes, attachments, the agent queue and desk.",
  feedback: "Suggestions, complaints, thanks and praise, and how staff track them.",
  admin: "Agent accounts, the license catalog and product releases (admins).",
  calendars: "Official holiday schedules that first-response due times are counted on.",
  reference: "This document and its interactive reference page.",
} as const;

export type ApiTag = keyof typeof API_TAGS;
