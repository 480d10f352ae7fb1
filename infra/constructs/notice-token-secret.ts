import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { acknowledge } from "./nag";

/**
 * The key of the release notices' unsubscribe tokens (functions/notices/unsubscribe-token.ts):
 * the function that sends notices signs with it, the API's unsubscribe route verifies with it.
 */
export function noticeTokenSecret(scope: Construct, id: string): Secret {
  const secret = new Secret(scope, id, {
    description:
      "Key of the release notices' one-click unsubscribe tokens (HMAC); rotating it invalidates links already sent",
    generateSecretString: { passwordLength: 48, excludePunctuation: true },
  });
  acknowledge(
    secret,
    "AwsSolutions-SMG4",
    "An HMAC key, not a credential: rotating it invalidates every unsubscribe link in notices already sent (their owners then unsubscribe under Subscriptions, signed in), so it is rotated by hand when needed.",
  );
  return secret;
}
