import { useMemo, useState } from "preact/hooks";
import type { operations } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { NewPasswordFields } from "../../components/new-password-fields";
import { Page } from "../../components/page";
import { common } from "../../components/strings";
import { useLanguage, useStrings } from "../../i18n";
import { Link, navigate } from "../../router";
import { countryOptions } from "./countries";
import { checkEmail, strings } from "./strings";

type SignUpRequest = operations["signUp"]["requestBody"]["content"]["application/json"];

const TEXT_FIELDS = [
  ["firstName", "given-name"],
  ["lastName", "family-name"],
] as const;

export function SignUp() {
  const t = useStrings(strings);
  const c = useStrings(common);
  const { language } = useLanguage();
  const countries = useMemo(() => countryOptions(language), [language]);
  const [form, setForm] = useState({
    firstName: "",
    lastName: "",
    email: "",
    country: "",
    password: "",
    passwordConfirmation: "",
    acceptPrivacyStatement: false,
  });
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: keyof typeof form) => (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    setForm({ ...form, [name]: target.type === "checkbox" ? target.checked : target.value });
  };
  const mismatch =
    form.passwordConfirmation !== "" && form.password !== form.passwordConfirmation ? t.mismatch : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    // The API is the judge of every field (its errors land next to them); the page only hints.
    const result = await call(
      api.POST("/accounts", {
        body: {
          ...form,
          // Unchecked here on purpose: an empty or unknown value comes back as a field error.
          country: form.country as SignUpRequest["country"],
          language,
          acceptPrivacyStatement: form.acceptPrivacyStatement as true,
        },
      }),
    );
    setBusy(false);
    setOutcome(result);
    if (result.ok) navigate(`/sign-up/check-email?email=${encodeURIComponent(form.email)}`);
  }

  return (
    <Page title={t.title}>
      <p>{t.intro}</p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <div class="row">
          {TEXT_FIELDS.map(([name, autocomplete]) => (
            <Field key={name} id={name} label={t[name]} error={errors[name]}>
              {(control) => (
                <input {...control} autocomplete={autocomplete} value={form[name]} onInput={set(name)} />
              )}
            </Field>
          ))}
        </div>
        <Field id="email" label={t.email} error={errors.email}>
          {(control) => (
            <input {...control} type="email" autocomplete="email" value={form.email} onInput={set("email")} />
          )}
        </Field>
        <Field id="country" label={t.country} error={errors.country}>
          {(control) => (
            <select {...control} autocomplete="country" value={form.country} onChange={set("country")}>
              <option value="">{t.chooseCountry}</option>
              {countries.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NewPasswordFields
          labels={t}
          password={form.password}
          passwordConfirmation={form.passwordConfirmation}
          errors={{
            password: errors.password,
            passwordConfirmation: errors.passwordConfirmation ?? mismatch,
          }}
          onInput={set}
        />
        <div class={errors.acceptPrivacyStatement ? "field invalid" : "field"}>
          <p id="privacy-summary" class="hint">
            {t.privacy}
          </p>
          <label class="check">
            <input
              type="checkbox"
              id="acceptPrivacyStatement"
              checked={form.acceptPrivacyStatement}
              onChange={set("acceptPrivacyStatement")}
              aria-describedby={
                errors.acceptPrivacyStatement
                  ? "privacy-summary acceptPrivacyStatement-error"
                  : "privacy-summary"
              }
              aria-invalid={errors.acceptPrivacyStatement ? "true" : undefined}
            />
            {t.consent}
          </label>
          {errors.acceptPrivacyStatement ? (
            <p id="acceptPrivacyStatement-error" class="error">
              {errors.acceptPrivacyStatement}
            </p>
          ) : null}
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.submit}
        </button>
      </form>
      <p>
        {t.haveAccount} <Link to="/sign-in">{t.signIn}</Link>
      </p>
    </Page>
  );
}

export function CheckEmail(props: { email: string }) {
  const t = useStrings(checkEmail);
  return (
    <Page title={t.title}>
      <p>{t.sent(props.email)}</p>
      <p>{t.next}</p>
      <p>
        <Link to={`/confirm?email=${encodeURIComponent(props.email)}`}>{t.enterCode}</Link>
      </p>
    </Page>
  );
}
