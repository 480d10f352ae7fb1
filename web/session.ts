import type { components } from "../client/openapi";

type Tokens = components["schemas"]["Tokens"];

export interface Session {
  idToken: string;
  refreshToken?: string;
  /** Epoch milliseconds when the ID token expires. */
  expiresAt: number;
}

const KEY = "portal.session";

/** "Remember me" keeps the session in localStorage (it survives the browser); otherwise the tab's sessionStorage. */
function stores(): Storage[] {
  return [sessionStorage, localStorage];
}

export function loadSession(): Session | undefined {
  for (const store of stores()) {
    const raw = store.getItem(KEY);
    if (!raw) continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (isSession(value)) return value;
    } catch {
      store.removeItem(KEY);
    }
  }
  return undefined;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.idToken === "string" && typeof v.expiresAt === "number";
}

export function saveSession(tokens: Tokens, remember: boolean, previous?: Session): Session {
  const session: Session = {
    idToken: tokens.idToken,
    refreshToken: tokens.refreshToken ?? previous?.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  const keepIn = remember || (previous !== undefined && localStorage.getItem(KEY) !== null);
  clearSession();
  (keepIn ? localStorage : sessionStorage).setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  for (const store of stores()) store.removeItem(KEY);
}
