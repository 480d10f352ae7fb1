import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../client/openapi";
import { CONFIG } from "./config";
import { navigate } from "./router";
import { clearSession, loadSession, type Session, saveSession } from "./session";

export type Problem = components["schemas"]["Problem"];

/** The API on the page's own origin, under /api (same origin: no CORS preflight). */
const API_BASE = new URL(CONFIG.apiBase, location.origin).href.replace(/\/$/, "");

/** Refresh this long before the ID token expires, so no request goes out with a stale one. */
const REFRESH_MARGIN_MS = 60_000;

const bare = createClient<paths>({ baseUrl: API_BASE });
let refreshing: Promise<Session | undefined> | undefined;

async function refreshed(session: Session): Promise<Session | undefined> {
  if (!session.refreshToken) return undefined;
  const refreshToken = session.refreshToken;
  refreshing ??= bare
    .POST("/sessions/refresh", { body: { refreshToken } })
    .then(({ data }) => (data ? saveSession(data, false, session) : undefined))
    .catch(() => undefined)
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** A valid ID token: the stored one, silently refreshed when it is about to expire. */
async function currentToken(): Promise<string | undefined> {
  const session = loadSession();
  if (!session) return undefined;
  if (session.expiresAt - Date.now() > REFRESH_MARGIN_MS) return session.idToken;
  return (await refreshed(session))?.idToken;
}

/** Where an expired session goes: sign in, then back to the page the user was on. */
export function returnToSignIn(): void {
  clearSession();
  const here = `${location.pathname}${location.search}`.replace(/^\/portal/, "");
  navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
}

const session: Middleware = {
  async onRequest({ request }) {
    const token = await currentToken();
    if (token) request.headers.set("authorization", `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has("authorization")) returnToSignIn();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: API_BASE });
api.use(session);

/** The outcome of one call as a screen needs it: the data, or the problem with its status. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; problem?: Problem };

/** Runs a call; a network failure reads like 503 (try again). */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await request;
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, status: response.status, problem: isProblem(error) ? error : undefined };
  } catch {
    return { ok: false, status: 503 };
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

/** Field errors of a validation problem, by field path (`email`, `problem.symptoms`). */
export function fieldErrors(outcome: Outcome<unknown>): Record<string, string> {
  if (outcome.ok) return {};
  return Object.fromEntries((outcome.problem?.errors ?? []).map((e) => [e.field, e.message]));
}
