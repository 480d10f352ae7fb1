import { createHmac } from "node:crypto";
import {
  type CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
} from "@aws-sdk/client-cognito-identity-provider";

/**
 * The confidential app client as our functions use it. Cognito refuses every unauthenticated
 * call (sign-up, sign-in, codes, refresh) without proof of the client secret, so only code that
 * holds the secret gets in: the API, with its validation, throttles and sign-up records.
 *
 * The secret is read from Cognito itself (DescribeUserPoolClient, granted to the credential
 * routes only) on first use and kept for the container's life: it is never in the function's
 * environment, where GetFunctionConfiguration would show it.
 */
export function appClient(
  client: CognitoIdentityProviderClient,
  pool: { userPoolId: string; clientId: string },
) {
  let secret: Promise<string> | undefined;

  async function describeSecret(): Promise<string> {
    const { UserPoolClient } = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId: pool.userPoolId, ClientId: pool.clientId }),
    );
    if (!UserPoolClient?.ClientSecret) throw new Error(`App client ${pool.clientId} has no client secret`);
    return UserPoolClient.ClientSecret;
  }

  const clientSecret = (): Promise<string> => {
    // A failed read is not cached: the next request tries again.
    secret ??= describeSecret().catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return secret;
  };

  return {
    clientId: pool.clientId,
    clientSecret,
    /** SECRET_HASH for a call naming `username`, as Cognito computes it. */
    async secretHash(username: string): Promise<string> {
      return createHmac("sha256", await clientSecret())
        .update(username + pool.clientId)
        .digest("base64");
    },
  };
}

export type AppClient = ReturnType<typeof appClient>;
