import type { BodyReader } from "#shared/request";

/**
 * The bodies mail clients post to a List-Unsubscribe URL (RFC 8058 section 3.1): the pair
 * `List-Unsubscribe=One-Click`, form-encoded or as one multipart/form-data field. Read into the
 * JSON body's shape; the route's schema checks the value.
 */
function formEncoded(text: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(text));
}

const MULTIPART_FIELD =
  /content-disposition:\s*form-data;\s*name="([^"]+)"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([^\r\n]*)/gi;

function multipart(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(MULTIPART_FIELD)].map((match) => [match[1], match[2]]));
}

export const oneClickBody: Readonly<Record<string, BodyReader>> = {
  "application/x-www-form-urlencoded": formEncoded,
  "multipart/form-data": multipart,
};
