import { useRef, useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../../api";
import { Field } from "../../../components/field";
import { FormStatus } from "../../../components/form-status";
import { useStrings } from "../../../i18n";
import { phoneStrings } from "./strings";
import type { StaffCustomer } from "./types";

export const LOOKUP_FIELD = "caller-email";

/** The caller's e-mail → GET /customers?email=; a 404 is "no such customer", said beside the field. */
export function CustomerLookup(props: { onLookedUp(customer: StaffCustomer | undefined): void }) {
  const t = useStrings(phoneStrings);
  const [email, setEmail] = useState("");
  const [outcome, setOutcome] = useState<Outcome<StaffCustomer>>();
  const [missing, setMissing] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function lookUp(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await call(api.GET("/customers", { params: { query: { email: email.trim() } } }));
    setBusy(false);
    setMissing(!result.ok && result.status === 404 ? email.trim() : undefined);
    setOutcome(result.ok || result.status === 404 ? undefined : result);
    props.onLookedUp(result.ok ? result.data : undefined);
    if (!result.ok) field.current?.focus();
  }

  const errors = outcome ? fieldErrors(outcome) : {};
  return (
    <form class="lookup" noValidate onSubmit={lookUp} aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t.lookupHeading}</h2>
      <FormStatus outcome={outcome} />
      <div class="lookup-row">
        <Field
          id={LOOKUP_FIELD}
          label={t.email}
          error={errors.email ?? (missing ? t.notFound(missing) : undefined)}
        >
          {(control) => (
            <input
              {...control}
              ref={field}
              type="email"
              autoComplete="off"
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.looking : t.lookUp}
        </button>
      </div>
    </form>
  );
}
