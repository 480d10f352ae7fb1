/**
 * The claims of tokens the gateway has verified, kept until each token expires: a client sends
 * the same ID token with every request for up to an hour, and checking its RS256 signature again
 * each time was the local gateway's largest cost per request (~0.2 ms, as much as a handler's own
 * work). Keyed by the whole token, so a token altered in any byte is verified afresh; an entry is
 * used only before the token's `exp`, and a token without one is never kept.
 */
export function verifiedTokens<C>(
  verify: (token: string) => { claims: C; exp: number | undefined },
  { maxEntries = 1_000, now = Date.now }: { maxEntries?: number; now?: () => number } = {},
): (token: string) => C {
  const verified = new Map<string, { claims: C; expiresAt: number }>();
  return (token) => {
    const kept = verified.get(token);
    if (kept && now() < kept.expiresAt) return kept.claims;
    verified.delete(token);
    const { claims, exp } = verify(token);
    if (exp !== undefined) {
      // Oldest first out: a Map iterates in insertion order.
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value as string);
      verified.set(token, { claims, expiresAt: exp * 1000 });
    }
    return claims;
  };
}
