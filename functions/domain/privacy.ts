/**
 * The privacy statement customers accept when they sign up (DOMAIN.md sections 1 and 7). Bump
 * the version when its text changes: consents record the version that was accepted.
 */
export const PRIVACY_STATEMENT = {
  version: "2026-01",
  summary:
    "Information collected from your systems is used only for troubleshooting and never passed to third parties.",
} as const;
