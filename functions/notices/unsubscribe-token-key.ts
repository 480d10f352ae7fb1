import { runtimeSecret, type SecretReader } from "#shared/secrets";

/**
 * The setting that holds the key of the unsubscribe tokens: `NOTICE_TOKEN_SECRET` locally, its
 * Secrets Manager ARN in `NOTICE_TOKEN_SECRET_ARN` in AWS (CDK names both from this constant).
 */
export const NOTICE_TOKEN_SECRET = "NOTICE_TOKEN_SECRET";

/** The one reader of the key, for the function that signs notices and the one that unsubscribes. */
export function unsubscribeTokenKey(source: Record<string, unknown> = process.env): SecretReader {
  return runtimeSecret(NOTICE_TOKEN_SECRET, source, { minLength: 16 });
}
