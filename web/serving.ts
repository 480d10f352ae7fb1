/**
 * How the portal is served, in one place for the local gateway (infra/local/web-files.ts) and
 * CloudFront (infra/constructs/support-portal.ts): its path prefix and its security headers.
 */

/** The portal's pages live under this prefix (the router's BASE); no API route starts with it. */
export const PORTAL_PREFIX = "/portal";

/**
 * The portal's security headers, in one place: the local gateway sends them with every page
 * (so the browser tests run under them), and CloudFront's response-headers policy sends the
 * same in AWS. No `unsafe-inline`: the portal has no inline scripts or styles.
 */
export const PAGE_SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
} as const;

/**
 * HSTS, sent by CloudFront only: the local portal is plain HTTP, where browsers ignore it. A year,
 * subdomains included.
 */
export const STRICT_TRANSPORT_SECURITY = {
  maxAgeSeconds: 365 * 24 * 60 * 60,
  includeSubDomains: true,
} as const;
