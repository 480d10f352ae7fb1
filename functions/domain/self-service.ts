/**
 * Self-service help, open whatever the plan (DOMAIN.md section 3). The API names them; where each
 * lives is a deployment setting (the portal's runtime configuration).
 */
export const SELF_SERVICE = [
  "forum",
  "knowledge-base",
  "user-guides",
  "product-selection-wizard",
  "licensing-faq",
] as const;

export type SelfService = (typeof SELF_SERVICE)[number];
