import { useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { NewPasswordFields } from "../../components/new-password-fields";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings } from "./strings";

/** Two steps: the e-mail address (a code is sent), then the code with the new password. */
export function ForgotPassword() {
  const t = useStrings(strings);
  const [form, setForm] = useState({ email: "", code: "", password: "", passwordConfirmation: "" });
  const [step, setStep] = useState<"email" | "code" | "done">("email");
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const errors = outcome ? fieldErrors(outcome) : {};
  const input = (name: keyof typeof form) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    const result =
      step === "email"
        ? await call(api.POST("/accounts/password-reset", { body: { email: form.email } }))
        : await call(api.POST("/accounts/password-reset/confirm", { body: form }));
    setOutcome(result);
    if (result.ok) setStep(step === "email" ? "code" : "done");
  }

  if (step === "done")
    return (
      <Page title={t.title}>
        <p role="status">{t.done}</p>
        <p>
          <Link class="button primary" to={`/sign-in?email=${encodeURIComponent(form.email)}`}>
            {t.signIn}
          </Link>
        </p>
      </Page>
    );
  return (
    <Page title={t.title}>
      {step === "email" ? <p>{t.intro}</p> : <p role="status">{t.sent}</p>}
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <Field id="email" label={t.email} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autocomplete="username"
              readOnly={step !== "email"}
              value={form.email}
              onInput={input("email")}
            />
          )}
        </Field>
        {step === "code" ? (
          <>
            <Field id="code" label={t.code} error={errors.code}>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  autocomplete="one-time-code"
                  value={form.code}
                  onInput={input("code")}
                />
              )}
            </Field>
            <NewPasswordFields
              labels={t}
              password={form.password}
              passwordConfirmation={form.passwordConfirmation}
              errors={{ password: errors.password, passwordConfirmation: errors.passwordConfirmation }}
              onInput={input}
            />
          </>
        ) : null}
        <button type="submit" class="primary">
          {step === "email" ? t.send : t.submit}
        </button>
      </form>
    </Page>
  );
}
