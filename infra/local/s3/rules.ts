/** What S3 decides about a request that s3rver does not: plain functions of the request. */

type Values = Record<string, string | string[] | undefined>;

/**
 * The headers a presigned request's signature covers (`X-Amz-SignedHeaders`) that the request
 * lacks: S3 then refuses the signature, so a signed `If-None-Match` cannot be left out.
 */
export function missingSignedHeaders(query: Values, headers: Values): string[] {
  const signed = String(query["X-Amz-SignedHeaders"] ?? "").split(";");
  return signed.filter((name) => name && name !== "host" && headers[name] === undefined);
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The stack's CORS rule for presigned PUT/GET/HEAD from the portal's pages, as s3rver reads it (XML). */
export function corsConfiguration(origins: readonly string[]): string {
  const allowedOrigins = origins
    .map((origin) => `<AllowedOrigin>${escapeXml(origin)}</AllowedOrigin>`)
    .join("");
  return [
    "<CORSConfiguration><CORSRule>",
    allowedOrigins,
    "<AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedMethod>PUT</AllowedMethod>",
    "<AllowedHeader>content-type</AllowedHeader><AllowedHeader>content-md5</AllowedHeader>",
    "<AllowedHeader>if-none-match</AllowedHeader>",
    "<ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3600</MaxAgeSeconds>",
    "</CORSRule></CORSConfiguration>",
  ].join("");
}
