import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { JWK } from "jose";
import { PASSWORD_POLICY } from "#domain/password-policy";
import { GROUPS } from "#shared/caller";
import { LOCAL_AWS } from "../aws";
import { waitUntilReady } from "../ports";
import { mailCode } from "./code-mail";
import { type CodeDelivery, startCognitoLocalServer } from "./server";

export type CodeKind = "confirmation" | "password-reset" | "temporary-password" | "email-verification";

export interface LocalCognito {
  /** Cognito Identity Provider endpoint (`AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER` for the SDK). */
  endpoint: string;
  userPoolId: string;
  clientId: string;
  /** The app client's secret (Cognito generated it): what every unauthenticated call must prove it knows. */
  clientSecret: string;
  /** `iss` of every token: `http://127.0.0.1:<port>/<userPoolId>`. */
  issuer: string;
  /** cognito-local's fixed signing key (kid `CognitoLocal`), fetched from its JWKS endpoint. */
  jwks: { keys: JWK[] };
  /** The last code of this kind "sent" to this address (case-insensitive), as a mailbox would hold it. */
  latestCode(email: string, kind: CodeKind): Promise<string | undefined>;
  stop(): Promise<void>;
}

export interface LocalCognitoOptions {
  port: number;
  /** Where cognito-local keeps its JSON files; reused (pool, client and users survive) when given. Default: a temp dir, removed on stop. */
  dataDirectory?: string;
  /** Receives one line per code "sent" (so a person can read it) and cognito-local's errors. */
  log?: (line: string) => void;
  /** Also mails every code through this (local) SES endpoint, as Cognito mails them in AWS. */
  sesEndpoint?: string;
  /** The customer portal (its /portal/ URL): confirmation mails link to its confirm page. */
  portalUrl?: string;
}

export const USER_POOL_NAME = "support-center";
export const APP_CLIENT_NAME = "support-center-web";
export const CUSTOM_ATTRIBUTES = ["country", "consent_version", "consent_at"] as const;
/** What the app client may write (SignUp, UpdateUserAttributes), as in AWS: the address, nothing else. */
export const WRITE_ATTRIBUTES = ["email"];
/** ID and access tokens live this long, as in AWS. */
export const TOKEN_VALIDITY_MINUTES = 15;

/** The production password policy in Cognito's terms (cognito-local stores it but does not enforce it). */
const COGNITO_PASSWORD_POLICY = {
  MinimumLength: PASSWORD_POLICY.minLength,
  RequireUppercase: PASSWORD_POLICY.requireUppercase,
  RequireLowercase: PASSWORD_POLICY.requireLowercase,
  RequireNumbers: PASSWORD_POLICY.requireDigits,
  RequireSymbols: PASSWORD_POLICY.requireSymbols,
  TemporaryPasswordValidityDays: PASSWORD_POLICY.temporaryPasswordValidityDays,
};

const KINDS: Record<CodeDelivery["source"], CodeKind | undefined> = {
  SignUp: "confirmation",
  ResendCode: "confirmation",
  ForgotPassword: "password-reset",
  AdminCreateUser: "temporary-password",
  UpdateUserAttribute: "email-verification",
  VerifyUserAttribute: "email-verification",
  Authentication: undefined,
};

/**
 * Starts cognito-local in this process on `port` and makes sure the user pool exists as in AWS:
 * e-mail as user name (auto-verified), the production password policy, custom attributes, a
 * confidential app client for USER_PASSWORD_AUTH + REFRESH_TOKEN_AUTH that may write only the
 * e-mail address, and the groups.
 */
export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  const log = options.log ?? (() => undefined);
  const ownDirectory = options.dataDirectory ? undefined : await mkdtemp(join(tmpdir(), "cognito-local-"));
  const dataDirectory = options.dataDirectory ?? (ownDirectory as string);
  const deliveries: (CodeDelivery & { kind: CodeKind | undefined })[] = [];
  let server: Server | undefined;
  const client = new CognitoIdentityProviderClient({
    ...LOCAL_AWS,
    endpoint: `http://127.0.0.1:${options.port}`,
  });
  const stop = async () => {
    client.destroy();
    if (server) {
      const closed = new Promise((resolve) => server?.close(resolve));
      server.closeAllConnections();
      await closed;
    }
    if (ownDirectory) await rm(ownDirectory, { recursive: true, force: true });
  };
  try {
    const started = await startCognitoLocalServer({
      port: options.port,
      dataDirectory,
      log,
      async onDelivery(delivery) {
        const kind = KINDS[delivery.source];
        deliveries.push({ ...delivery, kind });
        log(`cognito-local: ${kind ?? delivery.source} code for ${delivery.destination}: ${delivery.code}`);
        if (options.sesEndpoint && kind)
          await mailCode(options.sesEndpoint, delivery.destination, kind, delivery.code, options.portalUrl);
      },
    });
    server = started.server;
    const endpoint = started.issuerDomain;
    const userPoolId = await ensureUserPool(client);
    const { clientId, clientSecret } = await ensureAppClient(client, userPoolId);
    await ensureGroups(client, userPoolId);
    const jwks = await getJwks(`${endpoint}/${userPoolId}/.well-known/jwks.json`);
    return {
      endpoint,
      userPoolId,
      clientId,
      clientSecret,
      issuer: `${endpoint}/${userPoolId}`,
      jwks,
      async latestCode(email, kind) {
        const address = email.toLowerCase();
        return deliveries.findLast((d) => d.kind === kind && d.destination.toLowerCase() === address)?.code;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function ensureUserPool(client: CognitoIdentityProviderClient): Promise<string> {
  const { UserPools = [] } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const existing = UserPools.find((pool) => pool.Name === USER_POOL_NAME)?.Id;
  if (existing) return existing;
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: USER_POOL_NAME,
      UsernameAttributes: ["email"],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ["email"],
      Policies: { PasswordPolicy: COGNITO_PASSWORD_POLICY },
      Schema: CUSTOM_ATTRIBUTES.map((Name) => ({ Name, AttributeDataType: "String", Mutable: true })),
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: "verified_email", Priority: 1 }] },
    }),
  );
  return UserPool?.Id as string;
}

async function ensureAppClient(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
): Promise<{ clientId: string; clientSecret: string }> {
  const { UserPoolClients = [] } = await client.send(new ListUserPoolClientsCommand({ UserPoolId }));
  const existing = UserPoolClients.find((c) => c.ClientName === APP_CLIENT_NAME)?.ClientId;
  const { UserPoolClient } = existing
    ? await client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId: existing }))
    : await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId,
          ClientName: APP_CLIENT_NAME,
          GenerateSecret: true,
          ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          PreventUserExistenceErrors: "ENABLED",
          EnableTokenRevocation: true,
          IdTokenValidity: TOKEN_VALIDITY_MINUTES,
          AccessTokenValidity: TOKEN_VALIDITY_MINUTES,
          RefreshTokenValidity: 30,
          TokenValidityUnits: { IdToken: "minutes", AccessToken: "minutes", RefreshToken: "days" },
          WriteAttributes: WRITE_ATTRIBUTES,
        }),
      );
  if (!UserPoolClient?.ClientId || !UserPoolClient.ClientSecret)
    throw new Error(
      `cognito-local: app client ${APP_CLIENT_NAME} has no secret (a data directory from before secrets?)`,
    );
  return { clientId: UserPoolClient.ClientId, clientSecret: UserPoolClient.ClientSecret };
}

async function ensureGroups(client: CognitoIdentityProviderClient, UserPoolId: string) {
  const { Groups = [] } = await client.send(new ListGroupsCommand({ UserPoolId }));
  for (const GroupName of GROUPS) {
    if (!Groups.some((group) => group.GroupName === GroupName)) {
      await client.send(new CreateGroupCommand({ UserPoolId, GroupName }));
    }
  }
}

async function getJwks(url: string): Promise<{ keys: JWK[] }> {
  let jwks: { keys: JWK[] } | undefined;
  await waitUntilReady("cognito-local", async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    jwks = (await response.json()) as { keys: JWK[] };
  });
  return jwks as { keys: JWK[] };
}
