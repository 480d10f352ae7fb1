import { createRequire } from "node:module";
import { importJWK, type JWK, SignJWT } from "jose";
import type { Group } from "#shared/caller";
import type { LocalCognito } from "./emulator";

/** What the local gateway needs to verify tokens, and what tests need to mint them. */
export interface LocalIdentity {
  issuer: string;
  /** The app client id: the `aud` of every ID token. */
  audience: string;
  jwks: { keys: JWK[] };
  /** cognito-local's fixed signing key (it ships in the package): tests mint tokens for any user with it. */
  privateJwk: JWK;
}

export interface TokenSubject {
  sub: string;
  email: string;
  groups: Group[];
}

export function cognitoLocalIdentity(cognito: LocalCognito): LocalIdentity {
  const require = createRequire(import.meta.url);
  const { jwk } = require("cognito-local/lib/keys/cognitoLocal.private.json") as { jwk: JWK };
  return {
    issuer: cognito.issuer,
    audience: cognito.clientId,
    jwks: cognito.jwks,
    privateJwk: { ...jwk, kid: cognito.jwks.keys[0]?.kid, alg: "RS256" },
  };
}

/** An ID token shaped like Cognito's (`email`, `cognito:groups`, `aud` = the app client), signed like cognito-local's. */
export async function signToken(
  identity: Pick<LocalIdentity, "issuer" | "audience" | "privateJwk">,
  subject: TokenSubject,
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const key = await importJWK(identity.privateJwk, "RS256");
  return new SignJWT({ email: subject.email, "cognito:groups": subject.groups, token_use: "id" })
    .setProtectedHeader({ alg: "RS256", kid: identity.privateJwk.kid })
    .setSubject(subject.sub)
    .setIssuer(options.issuer ?? identity.issuer)
    .setAudience(options.audience ?? identity.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "1h")
    .sign(key);
}
