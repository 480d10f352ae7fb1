import { useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { useStrings } from "../../i18n";
import { agentStrings } from "./agents-strings";

type AgentCreated = Pick<components["schemas"]["AgentCreated"], "id" | "email" | "firstName" | "lastName">;

const EMPTY = { email: "", firstName: "", lastName: "" };

/** A new support engineer's account; `onCreated` lets the list show them. */
export function AgentForm(props: { onCreated(agent: AgentCreated): void }) {
  const t = useStrings(agentStrings);
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome<AgentCreated>>();
  const [busy, setBusy] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};
  const set = (name: keyof typeof EMPTY) => (event: Event) =>
    setForm({ ...form, [name]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const answer = await call(api.POST("/admin/agents", { body: { ...form, email: form.email.trim() } }));
    setBusy(false);
    setOutcome(answer);
    if (answer.ok) {
      setForm(EMPTY);
      props.onCreated(answer.data);
    }
  }

  return (
    <section aria-labelledby="agent-create-title">
      <h2 id="agent-create-title">{t.createTitle}</h2>
      <p>{t.createIntro}</p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} messages={{ 409: t.exists }} />
        {outcome?.ok ? (
          <p class="notice" role="status">
            {t.created(`${outcome.data.firstName} ${outcome.data.lastName}`, outcome.data.email)}
          </p>
        ) : null}
        <Field id="agent-email" label={t.email} error={errors.email}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" value={form.email} onInput={set("email")} />
          )}
        </Field>
        <div class="row">
          <Field id="agent-first" label={t.firstName} error={errors.firstName}>
            {(control) => <input {...control} value={form.firstName} onInput={set("firstName")} />}
          </Field>
          <Field id="agent-last" label={t.lastName} error={errors.lastName}>
            {(control) => <input {...control} value={form.lastName} onInput={set("lastName")} />}
          </Field>
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </form>
    </section>
  );
}
