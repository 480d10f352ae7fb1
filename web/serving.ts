/**
 * How the portal is served, in one place for the local gateway (infra/local/gateway/web-files.ts) and
 * CloudFront (infra/constructs/support-portal.ts): its path prefix and its security headers.
 */

/** The portal's pages live under this prefix (the router's BASE); no API route starts with it. */
export const PORTAL_PREFIX = "/portal";

/**
 * The portal's security headers, in one place: the local gateway sends them with every page
 * (so the browser tests run under them), and CloudFront's response-headers policy sends the
 * same in AWS. No `unsafe-inline`: the portal has no inline scripts or styles. `filesOrigin` is
 * where attachments go by presigned PUT from the page (the files bucket's host, or a wildcard).
 */
export function pageSecurityHeaders(filesOrigin?: string) {
  const connect = ["'self'", ...(filesOrigin ? [filesOrigin] : [])].join(" ");
  return {
    "content-security-policy": `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src ${connect}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  } as const;
}

/** Presigned URLs name the bucket as a virtual host of the region's S3 endpoint. */
export function regionalS3Origins(region: string): string {
  return `https://*.s3.${region}.amazonaws.com`;
}

/**
 * HSTS, sent by CloudFront only: the local portal is plain HTTP, where browsers ignore it. A year,
 * subdomains included.
 */
export const STRICT_TRANSPORT_SECURITY = {
  maxAgeSeconds: 365 * 24 * 60 * 60,
  includeSubDomains: true,
} as const;
