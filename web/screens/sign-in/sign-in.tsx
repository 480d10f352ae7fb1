import { useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { PasswordChecklist } from "../../components/password-checklist";
import { useStrings } from "../../i18n";
import { Link, navigate } from "../../router";
import { saveSession } from "../../session";
import { strings } from "./strings";

/** Only pages of the portal are places to go back to after signing in. */
function safeNext(next: string): string {
  // Home ("/") is the desk for staff and the account for customers.
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignIn(props: { email: string; next: string; onSignedIn(): void }) {
  const t = useStrings(strings);
  const [email, setEmail] = useState(props.email);
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [challenge, setChallenge] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await call(api.POST("/sessions", { body: { email, password } }));
    setBusy(false);
    setOutcome(result);
    if (!result.ok) return;
    if ("challenge" in result.data) setChallenge(result.data.session);
    else finish(result.data);
  }
  function finish(tokens: Parameters<typeof saveSession>[0]) {
    saveSession(tokens, remember);
    props.onSignedIn();
    navigate(safeNext(props.next), { replace: true });
  }

  if (challenge) return <NewPassword email={email} session={challenge} onDone={finish} />;
  const errors = outcome ? fieldErrors(outcome) : {};
  const unconfirmed = outcome && !outcome.ok && outcome.status === 403;
  return (
    <Page
      title={t.title}
      aside={
        <aside class="benefits" aria-labelledby="benefits-title">
          <h2 id="benefits-title">{t.benefitsTitle}</h2>
          <ul>
            {t.benefits.split("|").map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </aside>
      }
    >
      {props.next && props.next !== "/account" && !outcome ? <p class="notice">{t.expired}</p> : null}
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} messages={{ 401: t.wrong, 403: t.unconfirmed }} />
        {unconfirmed ? (
          <p>
            <Link to={`/confirm?email=${encodeURIComponent(email)}`}>{t.confirmNow}</Link>
          </p>
        ) : null}
        <Field id="email" label={t.email} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autocomplete="username"
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="password" label={t.password} error={errors.password}>
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <label class="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
          {t.remember}
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t.submit}
          </button>
          <Link to="/forgot-password">{t.forgot}</Link>
        </div>
      </form>
      <p>
        {t.noAccount} <Link to="/sign-up">{t.signUp}</Link>
      </p>
    </Page>
  );
}

/** Staff created by an admin sign in first with a temporary password and choose their own. */
function NewPassword(props: {
  email: string;
  session: string;
  onDone(tokens: Parameters<typeof saveSession>[0]): void;
}) {
  const t = useStrings(strings);
  const [password, setPassword] = useState("");
  const [passwordConfirmation, setConfirmation] = useState("");
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const errors = outcome ? fieldErrors(outcome) : {};
  async function submit(event: Event) {
    event.preventDefault();
    const result = await call(
      api.POST("/sessions/new-password", {
        body: { email: props.email, session: props.session, password, passwordConfirmation },
      }),
    );
    setOutcome(result);
    if (result.ok) props.onDone(result.data);
  }
  return (
    <Page title={t.newPasswordTitle}>
      <p>{t.newPasswordIntro}</p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <Field
          id="password"
          label={t.newPassword}
          error={errors.password}
          hint={<PasswordChecklist id="password-policy" password={password} />}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="new-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          id="passwordConfirmation"
          label={t.newPasswordConfirmation}
          error={errors.passwordConfirmation}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autocomplete="new-password"
              value={passwordConfirmation}
              onInput={(e) => setConfirmation(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary">
          {t.setPassword}
        </button>
      </form>
    </Page>
  );
}
