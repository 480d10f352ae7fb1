import { useState } from "preact/hooks";
import type { operations } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { RadioGroup } from "../../components/radio-group";
import { common } from "../../components/strings";
import { useStrings } from "../../i18n";
import { AccountMenu } from "../account/account-menu";
import { strings } from "./strings";

type FeedbackRequest = operations["giveFeedback"]["requestBody"]["content"]["application/json"];

const KINDS = ["suggestion", "complaint", "thanks", "praise"] as const satisfies FeedbackRequest["kind"][];
const SUBJECTS = ["product", "support", "site"] as const satisfies FeedbackRequest["about"][];

const EMPTY = { kind: undefined as FeedbackRequest["kind"] | undefined, about: "", text: "", caseNumber: "" };

export function Feedback(props: { onSignedOut(): void }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: "about" | "text" | "caseNumber") => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const caseNumber = form.caseNumber.trim();
    // The API judges every field; an unchosen kind or subject comes back as its field's error.
    const result = await call(
      api.POST("/feedback", {
        params: { header: { "Idempotency-Key": key } },
        body: {
          kind: form.kind as FeedbackRequest["kind"],
          about: form.about as FeedbackRequest["about"],
          text: form.text,
          ...(caseNumber ? { caseNumber } : {}),
        },
      }),
    );
    setBusy(false);
    setOutcome(result);
  }
  function again() {
    setForm(EMPTY);
    setOutcome(undefined);
    setKey(crypto.randomUUID());
  }

  const menu = <AccountMenu current="/feedback" onSignedOut={props.onSignedOut} />;
  if (outcome?.ok)
    return (
      <Page title={t.title} aside={menu}>
        <div class="notice" role="status">
          <p>
            <strong>{t.thanksTitle}</strong> {t.received}
          </p>
        </div>
        <p>
          <button type="button" onClick={again}>
            {t.another}
          </button>
        </p>
      </Page>
    );
  return (
    <Page title={t.title} aside={menu}>
      <p>{t.intro}</p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <RadioGroup
          name="kind"
          legend={t.kind}
          options={KINDS.map((value) => ({ value, label: t[value] }))}
          value={form.kind}
          error={errors.kind}
          onChange={(kind) => setForm({ ...form, kind })}
        />
        <Field id="about" label={t.about} error={errors.about}>
          {(control) => (
            <select {...control} value={form.about} onChange={set("about")}>
              <option value="">{t.chooseAbout}</option>
              {SUBJECTS.map((subject) => (
                <option key={subject} value={subject}>
                  {t[subject]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="text" label={t.text} error={errors.text}>
          {(control) => <textarea {...control} rows={6} value={form.text} onInput={set("text")} />}
        </Field>
        <Field id="caseNumber" label={t.caseNumber} hint={t.caseNumberHint} error={errors.caseNumber}>
          {(control) => (
            <input {...control} inputMode="numeric" value={form.caseNumber} onInput={set("caseNumber")} />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.submit}
        </button>
      </form>
    </Page>
  );
}
