import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { tracedClient } from "./aws-call-traces";
import { CLIENT_SETTINGS } from "./client-settings";

/**
 * The low-level client of the hottest read (a case with its timeline), created once per
 * container, its middleware stack resolved once per command (`cacheMiddleware`) instead of on
 * every call. The document client cannot do that (it refuses the setting) and resolves two
 * stacks per call, its own and the wrapped command's. Middleware must be added before the first
 * call (tracing here; the bench's capacity meter before its first request).
 */
export const readClient = tracedClient(new DynamoDBClient({ ...CLIENT_SETTINGS, cacheMiddleware: true }));
