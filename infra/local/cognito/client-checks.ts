import { createHmac, timingSafeEqual } from "node:crypto";
import { NotAuthorizedError } from "cognito-local/lib/errors.js";
import type { Context } from "cognito-local/lib/services/context.js";
import type { Services } from "cognito-local/lib/services/index.js";
import { decodeJwt } from "jose";
import type { Route } from "./shims";

type Request = {
  ClientId?: string;
  Username?: string;
  SecretHash?: string;
  ClientSecret?: string;
  AuthFlow?: string;
  AuthParameters?: Record<string, string>;
  ChallengeResponses?: Record<string, string>;
  UserAttributes?: { Name: string }[];
  AccessToken?: string;
};

/** What a call offers as proof of the client secret: a SECRET_HASH for a user name, or the secret itself. */
type Proof = { kind: "hash"; username?: string; hash?: string } | { kind: "secret"; secret?: string };

const fromUsername = (request: Request): Proof => ({
  kind: "hash",
  username: request.Username,
  hash: request.SecretHash,
});

type ProofOf = (request: Request, services: Services, ctx: Context) => Promise<Proof> | Proof;

async function poolOf(services: Services, ctx: Context, request: Request) {
  return services.cognito.getUserPoolForClientId(ctx, request.ClientId ?? "");
}

/** Where each of Cognito's unauthenticated operations carries its proof. */
const PROOFS: Record<string, ProofOf> = {
  SignUp: fromUsername,
  ConfirmSignUp: fromUsername,
  ResendConfirmationCode: fromUsername,
  ForgotPassword: fromUsername,
  ConfirmForgotPassword: fromUsername,
  // A challenge answer is hashed with the internal user name (USER_ID_FOR_SRP), not the alias.
  async RespondToAuthChallenge(request, services, ctx) {
    const responses = request.ChallengeResponses ?? {};
    const user = await (await poolOf(services, ctx, request)).getUserByUsername(
      ctx,
      responses.USERNAME ?? "",
    );
    return { kind: "hash", username: user?.Username, hash: responses.SECRET_HASH };
  },
  async InitiateAuth(request, services, ctx) {
    const parameters = request.AuthParameters ?? {};
    if (request.AuthFlow !== "REFRESH_TOKEN_AUTH" && request.AuthFlow !== "REFRESH_TOKEN")
      return { kind: "hash", username: parameters.USERNAME, hash: parameters.SECRET_HASH };
    // A refresh is hashed with the owner's internal user name (the sub in an e-mail pool) too.
    const pool = await poolOf(services, ctx, request);
    const owner = await pool.getUserByRefreshToken(ctx, parameters.REFRESH_TOKEN ?? "");
    return { kind: "hash", username: owner?.Username, hash: parameters.SECRET_HASH };
  },
  GetTokensFromRefreshToken: (request) => ({ kind: "secret", secret: request.ClientSecret }),
  RevokeToken: (request) => ({ kind: "secret", secret: request.ClientSecret }),
};

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function requireClientSecret(services: Services, ctx: Context, target: string, request: Request) {
  const proofOf = PROOFS[target];
  const clientId = request.ClientId ?? "";
  const client = proofOf && (await services.cognito.getAppClient(ctx, clientId));
  if (!proofOf || !client?.ClientSecret) return;
  const proof = await proofOf(request, services, ctx);
  if (proof.kind === "secret") {
    if (!same(proof.secret ?? "", client.ClientSecret))
      throw new NotAuthorizedError(`Unable to verify secret for client ${clientId}`);
    return;
  }
  if (!proof.hash)
    throw new NotAuthorizedError(
      `Client ${clientId} is configured with secret but SECRET_HASH was not received`,
    );
  const expected = createHmac("sha256", client.ClientSecret)
    .update((proof.username ?? "") + clientId)
    .digest("base64");
  if (!same(proof.hash, expected))
    throw new NotAuthorizedError(`Unable to verify secret hash for client ${clientId}`);
}

/** The app client whose write attributes apply: named in the request, or in the access token's client_id. */
function writingClientId(target: string, request: Request): string | undefined {
  if (target === "SignUp") return request.ClientId;
  if (target !== "UpdateUserAttributes" || !request.AccessToken) return undefined;
  try {
    const { client_id } = decodeJwt(request.AccessToken);
    return typeof client_id === "string" ? client_id : undefined;
  } catch {
    return undefined; // not a JWT: cognito-local refuses it itself
  }
}

async function requireWritableAttributes(services: Services, ctx: Context, target: string, request: Request) {
  const clientId = writingClientId(target, request);
  const writable = clientId && (await services.cognito.getAppClient(ctx, clientId))?.WriteAttributes;
  if (!writable) return;
  const refused = (request.UserAttributes ?? []).filter((attribute) => !writable.includes(attribute.Name));
  if (refused.length > 0) throw new NotAuthorizedError("A client attempted to write unauthorized attribute");
}

/**
 * What cognito-local 5.3 skips and Cognito checks before any of these operations: the proof of
 * the app client's secret (SECRET_HASH, or ClientSecret where the operation takes the secret
 * itself) when the client has one, and the client's write attributes on SignUp and
 * UpdateUserAttributes. Errors as AWS words them.
 */
export function withClientChecks(services: Services) {
  return (target: string, route: Route): Route =>
    async (ctx, request) => {
      await requireClientSecret(services, ctx, target, request as Request);
      await requireWritableAttributes(services, ctx, target, request as Request);
      return route(ctx, request);
    };
}
