import { useEffect, useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings } from "./strings";

/** The confirmation link of the e-mail (email and code in the query) confirms at once; else a code form. */
export function Confirm(props: { email: string; code: string }) {
  const t = useStrings(strings);
  const [email, setEmail] = useState(props.email);
  const [code, setCode] = useState(props.code);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [resent, setResent] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(props.email !== "" && props.code !== "");

  async function confirm() {
    setBusy(true);
    setResent(undefined);
    setOutcome(await call(api.POST("/accounts/confirm", { body: { email, code } })));
    setBusy(false);
  }
  // The link's own values, once.
  useEffect(() => {
    if (props.email && props.code) void confirm();
  }, []);

  if (outcome?.ok) {
    return (
      <Page title={t.title}>
        <p role="status">{t.confirmed}</p>
        <p>
          <Link class="button primary" to={`/sign-in?email=${encodeURIComponent(email)}`}>
            {t.signIn}
          </Link>
        </p>
      </Page>
    );
  }
  const errors = outcome ? fieldErrors(outcome) : {};
  return (
    <Page title={t.title}>
      {busy && !outcome ? <p role="status">{t.confirming}</p> : <p>{t.intro}</p>}
      <form
        class="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <FormStatus outcome={outcome} messages={{ 400: errors.code || errors.email ? "" : t.badCode }} />
        <Field id="email" label={t.email} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autocomplete="email"
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="code" label={t.code} error={errors.code}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autocomplete="one-time-code"
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t.submit}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              setOutcome(undefined);
              setResent(await call(api.POST("/accounts/confirm/resend", { body: { email } })));
            }}
          >
            {t.resend}
          </button>
        </div>
        {resent?.ok ? <p role="status">{t.resent}</p> : <FormStatus outcome={resent} />}
      </form>
    </Page>
  );
}
