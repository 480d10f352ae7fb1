import { NOTICE_TOKEN_SECRET } from "#notices/unsubscribe-token-key";
import { Unsubscribed } from "../responses/products";
import { UnsubscribeQuery, UnsubscribeRequest } from "../schemas";
import type { RouteDefinition } from "./route-definition";

export const unsubscribeNoticesRoute = {
  method: "POST",
  path: "/notices/unsubscribe",
  groups: "public",
  entry: "functions/api/notices/unsubscribe.ts",
  summary:
    "One-click unsubscribe from a product's release notices (RFC 8058), with the notice's signed token",
  query: UnsubscribeQuery,
  body: UnsubscribeRequest,
  bodyMediaTypes: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"],
  maxBodyBytes: 1024,
  needs: { table: "write", secrets: [NOTICE_TOKEN_SECRET] },
  tags: ["notices"],
  description:
    "The `List-Unsubscribe` URL of every release notice: `POST /notices/unsubscribe?token=<token>` (through the portal, `<portal origin>/api/notices/unsubscribe?token=…`), with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. A mail client posts the body `List-Unsubscribe=One-Click` (application/x-www-form-urlencoded or multipart/form-data); the portal's page `<portal>/unsubscribe?token=<token>` (the notice's visible link) posts `{}` as JSON. No sign-in: the token, signed by the support center for one owner and one product, is the authority. Every serial of that product is opted out at once. Idempotent: 200 again, with `changed: false`. A forged, altered or malformed token is 400 `invalid-unsubscribe-token` and changes nothing.",
  responses: { 200: { description: "Unsubscribed (now or before)", body: Unsubscribed } },
  example: {
    query: { token: "v1.<owner>.<product>.<signature>" },
    body: { "List-Unsubscribe": "One-Click" },
  },
} as const satisfies RouteDefinition;
