import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import type { Group } from "#shared/caller";

/**
 * A stand-in for the Cognito user pool until accounts arrive: an RS256 key pair whose JWKS the
 * local gateway verifies against, exactly as the HTTP API's JWT authorizer verifies Cognito's.
 */
export interface LocalIdentity {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  /** Private signing key, handed to tests so they can mint tokens for any user. */
  privateJwk: JWK;
}

export interface TokenSubject {
  sub: string;
  email: string;
  groups: Group[];
}

const KEY_ID = "local-signing-key";

export async function createLocalIdentity(): Promise<LocalIdentity> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: "RS256", use: "sig" };
  return {
    issuer: "http://127.0.0.1/local-identity",
    audience: "support-center-local",
    jwks: { keys: [publicJwk] },
    privateJwk: { ...(await exportJWK(privateKey)), kid: KEY_ID, alg: "RS256" },
  };
}

/** An ID token shaped like Cognito's: `email`, `cognito:groups`, `aud` = the app client. */
export async function signToken(
  identity: Pick<LocalIdentity, "issuer" | "audience" | "privateJwk">,
  subject: TokenSubject,
  expiresIn = "12h",
): Promise<string> {
  const key = await importJWK(identity.privateJwk, "RS256");
  return new SignJWT({ email: subject.email, "cognito:groups": subject.groups, token_use: "id" })
    .setProtectedHeader({ alg: "RS256", kid: identity.privateJwk.kid })
    .setSubject(subject.sub)
    .setIssuer(identity.issuer)
    .setAudience(identity.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}
