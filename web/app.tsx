import { useCallback, useEffect, useState } from "preact/hooks";
import type { components } from "../client/openapi";
import { api, call, returnToSignIn } from "./api";
import { initialLanguage, type Language, LanguageContext, rememberLanguage } from "./i18n";
import { navigate, useLocation } from "./router";
import { Account } from "./screens/account/account";
import { CasePage } from "./screens/cases/case-page";
import { Cases, caseFilter } from "./screens/cases/cases";
import { Confirm } from "./screens/confirm/confirm";
import { Feedback } from "./screens/feedback/feedback";
import { ForgotPassword } from "./screens/forgot-password/forgot-password";
import { NotFound } from "./screens/not-found/not-found";
import { Products } from "./screens/products/products";
import { Registration } from "./screens/registration/registration";
import { SignIn } from "./screens/sign-in/sign-in";
import { CheckEmail, SignUp } from "./screens/sign-up/sign-up";
import { Subscriptions } from "./screens/subscriptions/subscriptions";
import { ContactSupport } from "./screens/support/support";
import { Unsubscribe } from "./screens/unsubscribe/unsubscribe";
import { Updates } from "./screens/updates/updates";
import { loadSession } from "./session";
import { isStaff } from "./staff/groups";
import { StaffArea } from "./staff/staff-area";

type Profile = components["schemas"]["Profile"];

/** Pages anyone may see; every other page needs a session. */
const PUBLIC = new Set([
  "/sign-in",
  "/sign-up",
  "/sign-up/check-email",
  "/confirm",
  "/forgot-password",
  // A release notice's unsubscribe link works without a sign-in.
  "/unsubscribe",
]);

export function App() {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [profile, setProfile] = useState<Profile>();
  const [signedIn, setSignedIn] = useState(() => loadSession() !== undefined);
  const { path, query } = useLocation();

  useEffect(() => rememberLanguage(language), [language]);

  // The profile's language wins over the browser's once the user is known.
  useEffect(() => {
    if (!signedIn) return setProfile(undefined);
    void call(api.GET("/me")).then((outcome) => {
      if (!outcome.ok) return;
      setProfile(outcome.data);
      setLanguageState(outcome.data.language);
    });
  }, [signedIn]);

  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      // A signed-in user's choice is their profile's: e-mails follow it too.
      if (signedIn)
        void call(api.PATCH("/me", { body: { language: next } })).then((o) => o.ok && setProfile(o.data));
    },
    [signedIn],
  );

  const needsSession = !PUBLIC.has(path);
  useEffect(() => {
    // Home is the desk for staff, the account for customers; it waits for the profile to tell which.
    if (path === "/" && !signedIn) navigate("/sign-in", { replace: true });
    else if (path === "/" && profile) navigate(isStaff(profile) ? "/desk" : "/account", { replace: true });
    else if (needsSession && !signedIn) returnToSignIn();
  }, [path, needsSession, signedIn, profile]);

  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      {route(path, query, {
        signedIn,
        profile,
        onSignedIn: () => setSignedIn(true),
        onSignedOut: () => setSignedIn(false),
        // A saved profile's language is the page's too.
        onProfileChanged: (changed: Profile) => {
          setProfile(changed);
          setLanguageState(changed.language);
        },
      })}
    </LanguageContext.Provider>
  );
}

interface RouteState {
  signedIn: boolean;
  profile: Profile | undefined;
  onSignedIn(): void;
  onSignedOut(): void;
  onProfileChanged(profile: Profile): void;
}

function route(path: string, query: URLSearchParams, state: RouteState) {
  const q = (name: string) => query.get(name) ?? "";
  switch (path) {
    case "/sign-up":
      return <SignUp />;
    case "/sign-up/check-email":
      return <CheckEmail email={q("email")} />;
    case "/confirm":
      return <Confirm email={q("email")} code={q("code")} />;
    case "/sign-in":
      return <SignIn key={q("next")} email={q("email")} next={q("next")} onSignedIn={state.onSignedIn} />;
    case "/forgot-password":
      return <ForgotPassword />;
    case "/unsubscribe":
      return <Unsubscribe token={q("token")} signedIn={state.signedIn} />;
    case "/":
      return null;
  }
  // Every other page needs a session; App sends the signed-out to sign in, and back here after.
  return state.signedIn ? signedInPage(path, query, state) : null;
}

function signedInPage(path: string, query: URLSearchParams, state: RouteState) {
  const { onSignedOut } = state;
  const q = (name: string) => query.get(name) ?? "";
  if (/^\/(desk|admin)(\/|$)/.test(path))
    return <StaffArea path={path} query={query} profile={state.profile} onSignedOut={onSignedOut} />;
  const caseNumber = /^\/cases\/([^/]+)$/.exec(path)?.[1];
  if (caseNumber)
    return (
      <CasePage key={caseNumber} caseNumber={decodeURIComponent(caseNumber)} onSignedOut={onSignedOut} />
    );
  switch (path) {
    case "/account":
      return (
        <Account
          profile={state.profile}
          onProfileChanged={state.onProfileChanged}
          onSignedOut={onSignedOut}
        />
      );
    case "/products":
      return <Products onSignedOut={onSignedOut} />;
    case "/products/register":
      return <Registration onSignedOut={onSignedOut} />;
    case "/products/updates":
      return <Updates onSignedOut={onSignedOut} />;
    case "/subscriptions":
      return <Subscriptions onSignedOut={onSignedOut} />;
    case "/support":
      return <ContactSupport topic={q("topic")} serial={q("serial")} onSignedOut={onSignedOut} />;
    case "/cases":
      return <Cases filter={caseFilter(q("status"))} onSignedOut={onSignedOut} />;
    case "/feedback":
      return <Feedback onSignedOut={onSignedOut} />;
    default:
      return <NotFound />;
  }
}
