import { useState } from "preact/hooks";
import { PLAN_IDS, type PlanId } from "#domain/plans";
import type { components } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { RadioGroup } from "../../components/radio-group";
import { formatDay, today } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { planStrings } from "../../screens/products/plan-strings";
import { licenseStrings } from "./licenses-strings";

type License = components["schemas"]["License"];
type Action = "set-plan" | "upgrade-to-premier" | "add-credits";

const ACTIONS = ["set-plan", "upgrade-to-premier", "add-credits"] as const satisfies Action[];

const EMPTY = {
  serial: "",
  action: "set-plan" as Action,
  plan: "advantage-premier" as PlanId,
  startsOn: today(),
  endsOn: "",
  credits: "1",
};

/** One license changed: a plan term set (extend, renew), Standard upgraded, credits added. */
export function LicenseChange() {
  const t = useStrings(licenseStrings);
  const plans = useStrings(planStrings);
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome<License>>();
  const [busy, setBusy] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: keyof typeof EMPTY) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setOutcome(
      await call(
        api.PATCH("/admin/licenses/{serial}", {
          params: { path: { serial: form.serial.trim() } },
          body: changeOf(form),
        }),
      ),
    );
    setBusy(false);
  }

  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title">{t.changeTitle}</h2>
      <p>{t.changeIntro}</p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} messages={{ 404: t.unknownSerial, 409: t.conflict }} />
        <Field id="change-serial" label={t.serial} error={errors["path.serial"]}>
          {(control) => <input {...control} class="code" value={form.serial} onInput={set("serial")} />}
        </Field>
        <RadioGroup
          name="change-action"
          legend={t.action}
          options={ACTIONS.map((value) => ({ value, label: t[value] }))}
          value={form.action}
          onChange={(action) => setForm({ ...form, action })}
        />
        {form.action === "set-plan" ? (
          <>
            <Field id="change-plan" label={t.plan} error={errors["term.plan"]}>
              {(control) => (
                <select {...control} value={form.plan} onChange={set("plan")}>
                  {PLAN_IDS.map((plan) => (
                    <option key={plan} value={plan}>
                      {plans[plan]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div class="row">
              <Field id="change-starts" label={t.startsOn} error={errors["term.startsOn"]}>
                {(control) => (
                  <input {...control} type="date" value={form.startsOn} onInput={set("startsOn")} />
                )}
              </Field>
              <Field id="change-ends" label={t.endsOn} error={errors["term.endsOn"]}>
                {(control) => <input {...control} type="date" value={form.endsOn} onInput={set("endsOn")} />}
              </Field>
            </div>
          </>
        ) : null}
        {form.action === "add-credits" ? (
          <Field id="change-credits" label={t.credits} error={errors.credits}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={1000}
                value={form.credits}
                onInput={set("credits")}
              />
            )}
          </Field>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.changing : t.change}
        </button>
      </form>
      {outcome?.ok ? <ChangedLicense license={outcome.data} /> : null}
    </section>
  );
}

function changeOf(form: typeof EMPTY) {
  if (form.action === "upgrade-to-premier") return { action: form.action };
  if (form.action === "add-credits") return { action: form.action, credits: Number(form.credits) };
  return { action: form.action, term: { plan: form.plan, startsOn: form.startsOn, endsOn: form.endsOn } };
}

function ChangedLicense(props: { license: License }) {
  const t = useStrings(licenseStrings);
  const plans = useStrings(planStrings);
  const { language } = useLanguage();
  const { license } = props;
  return (
    <div class="changed-license">
      <p class="notice" role="status">
        {t.changed(license.serial)}
      </p>
      <p>
        {license.productName} ({license.edition}) {license.productVersion} ·{" "}
        {t.creditsLeft(license.incidentCredits)} · {license.ownerId ? t.registered : t.notRegistered}
      </p>
      <table>
        <caption>{t.plansCaption(license.serial)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.plan}</th>
            <th scope="col">{t.from}</th>
            <th scope="col">{t.to}</th>
          </tr>
        </thead>
        <tbody>
          {license.plans.map((term) => (
            <tr key={term.plan}>
              <th scope="row">{plans[term.plan as PlanId] ?? term.plan}</th>
              <td>{formatDay(term.startsOn, language)}</td>
              <td>{formatDay(term.endsOn, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
