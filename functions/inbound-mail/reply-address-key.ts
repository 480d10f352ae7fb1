import { runtimeSecret, type SecretReader } from "#shared/secrets";

/**
 * The setting that holds the reply-address key: `REPLY_ADDRESS_SECRET` locally, its Secrets
 * Manager ARN in `REPLY_ADDRESS_SECRET_ARN` in AWS (CDK names both from this constant).
 */
export const REPLY_ADDRESS_SECRET = "REPLY_ADDRESS_SECRET";

/** The one reader of the key, for every function that computes or checks reply addresses. */
export function replyAddressKey(source: Record<string, unknown> = process.env): SecretReader {
  // 16 characters at least: a shorter key is a placeholder, not a generated secret.
  return runtimeSecret(REPLY_ADDRESS_SECRET, source, { minLength: 16 });
}
