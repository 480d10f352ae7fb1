/** The groups of operations in the API document, with what each covers (route table: `tags`). */
export const API_TAGS = {
  Accounts: "Customer sign-up, e-mail confirmation and password resets.",
  Sessions: "Signing in (the ID token is the bearer token of every other route), refreshing and signing out.",
  Profile: "The caller's own profile.",
  Products: "Registering serial numbers, the caller's licenses and plans, and downloads of owned products.",
  Support: "What help the caller may get for a product, and the severity levels.",
  Cases: "Support cases: opening, the timeline, replies and notes, attachments, the agent queue and desk.",
  Feedback: "Suggestions, complaints, thanks and praise, and how staff track them.",
  Admin: "Agent accounts, the license catalog and product releases (admins).",
  Calendars: "Official holiday schedules that first-response due times are counted on.",
} as const;

export type ApiTag = keyof typeof API_TAGS;
