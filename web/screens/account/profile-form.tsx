import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { LANGUAGES } from "#domain/language";
import type { components, operations } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { common } from "../../components/strings";
import { useLanguage, useStrings } from "../../i18n";
import { countryOptions } from "../sign-up/countries";
import { LANGUAGE_NAMES, strings } from "./strings";

type Profile = components["schemas"]["Profile"];
type ProfileChange = operations["updateMe"]["requestBody"]["content"]["application/json"];

const NAME_FIELDS = [
  ["firstName", "given-name"],
  ["lastName", "family-name"],
] as const;

/** The profile's facts as a form, saved with PATCH /me; the API's field errors beside the fields. */
export function ProfileForm(props: { profile: Profile; onSaved(profile: Profile): void; onCancel(): void }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const { language } = useLanguage();
  const countries = useMemo(() => countryOptions(language), [language]);
  const [form, setForm] = useState({
    firstName: props.profile.firstName,
    lastName: props.profile.lastName,
    country: props.profile.country ?? "",
    language: props.profile.language,
  });
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: keyof typeof form) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const { country, ...rest } = form;
    // The API judges every field; an empty country is left as it was (it cannot be removed).
    const body: ProfileChange = {
      ...rest,
      ...(country ? { country: country as ProfileChange["country"] } : {}),
    };
    const result = await call(api.PATCH("/me", { body }));
    setBusy(false);
    setOutcome(result);
    if (result.ok) props.onSaved(result.data);
  }

  return (
    <form class="stack" noValidate onSubmit={submit} aria-labelledby="profile-title">
      <FormStatus outcome={outcome} />
      <div class="row">
        {NAME_FIELDS.map(([name, autocomplete], index) => (
          <Field key={name} id={name} label={t[name]} error={errors[name]}>
            {(control) => (
              <input
                {...control}
                ref={index === 0 ? first : undefined}
                autocomplete={autocomplete}
                value={form[name]}
                onInput={set(name)}
              />
            )}
          </Field>
        ))}
      </div>
      <Field id="country" label={t.country} error={errors.country}>
        {(control) => (
          <select {...control} autocomplete="country" value={form.country} onChange={set("country")}>
            {form.country ? null : <option value="">{t.chooseCountry}</option>}
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="language" label={t.language} error={errors.language} hint={t.languageHint}>
        {(control) => (
          <select {...control} value={form.language} onChange={set("language")}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
