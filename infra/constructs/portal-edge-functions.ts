import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from "aws-cdk-lib/aws-cloudfront";
import type { Construct } from "constructs";
import { PORTAL_PREFIX } from "../../web/serving";

/** The API's path prefix on the distribution: the portal's runtime configuration names it as apiBase. */
export const API_PREFIX = "/api";

/**
 * Viewer-request code of the portal's default behavior (cloudfront-js-2.0): `/` and `/portal`
 * redirect to `/portal/`; a page path without a file extension (`/portal/cases/123`) is a deep
 * link the app routes, so it gets index.html. Files are served as they are. Not CloudFront's
 * errorResponses: those would also turn the API's 403 and 404 into the page.
 */
export const PORTAL_REQUEST_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === "/" || uri === ${JSON.stringify(PORTAL_PREFIX)}) {
    return { statusCode: 302, statusDescription: "Found", headers: { location: { value: ${JSON.stringify(`${PORTAL_PREFIX}/`)} } } };
  }
  if (uri.indexOf(${JSON.stringify(`${PORTAL_PREFIX}/`)}) === 0 && uri.slice(uri.lastIndexOf("/") + 1).indexOf(".") === -1) {
    request.uri = ${JSON.stringify(`${PORTAL_PREFIX}/index.html`)};
  }
  return request;
}`;

/**
 * Viewer-request code of the `/api/*` behavior: the HTTP API's routes have no prefix (its
 * `$default` stage serves `/cases`), so `/api/cases` goes to the origin as `/cases`.
 */
export const API_REQUEST_CODE = `function handler(event) {
  var request = event.request;
  if (request.uri.indexOf(${JSON.stringify(`${API_PREFIX}/`)}) === 0) {
    request.uri = request.uri.slice(${API_PREFIX.length});
  }
  return request;
}`;

/** A CloudFront Function on the JavaScript 2.0 runtime with the given code. */
export function edgeFunction(
  scope: Construct,
  id: string,
  comment: string,
  code: string,
): CloudFrontFunction {
  return new CloudFrontFunction(scope, id, {
    code: FunctionCode.fromInline(code),
    runtime: FunctionRuntime.JS_2_0,
    comment,
  });
}
