import { useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { common } from "../../components/strings";
import { useLanguage, useStrings } from "../../i18n";
import { caseStrings } from "./case-strings";

/** Posts the customer's note; a retry of the same submission carries the same idempotency key. */
function postNote(caseNumber: string, message: string, key: string) {
  return call(
    api.POST("/cases/{number}/notes", {
      params: { path: { number: caseNumber }, header: { "Idempotency-Key": key } },
      body: { message },
    }),
  );
}

/** A note to support: the case goes back to them (or opens again, if it was closed). */
export function NoteForm(props: { caseNumber: string; onAdded(): void }) {
  const t = useStrings(caseStrings);
  const c = useStrings(common);
  const [message, setMessage] = useState("");
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const errors = outcome ? fieldErrors(outcome) : {};
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    const result = await postNote(props.caseNumber, message, key);
    setBusy(false);
    setOutcome(result);
    if (!result.ok) return;
    setMessage("");
    setKey(crypto.randomUUID());
    props.onAdded();
  }
  return (
    <section aria-labelledby="note-title">
      <h2 id="note-title">{t.addNote}</h2>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <Field id="message" label={t.note} hint={t.noteHint} error={errors.message}>
          {(control) => (
            <textarea
              {...control}
              rows={5}
              value={message}
              onInput={(e) => setMessage(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.send}
        </button>
      </form>
    </section>
  );
}

/** The "Resolved" button: the same as answering "Resolved" (已解决 in Chinese), which closes the case. */
export function ResolvedButton(props: { caseNumber: string; onResolved(): void }) {
  const t = useStrings(caseStrings);
  const { language } = useLanguage();
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  async function resolve() {
    setBusy(true);
    const result = await postNote(props.caseNumber, language === "zh-CN" ? "已解决" : "Resolved", key);
    setBusy(false);
    setOutcome(result);
    if (result.ok) props.onResolved();
  }
  return (
    <section class="resolve" aria-labelledby="solved-title">
      <h2 id="solved-title">{t.solvedQuestion}</h2>
      <FormStatus outcome={outcome} />
      <p class="hint" id="resolved-hint">
        {t.resolvedHint}
      </p>
      <button
        type="button"
        class="primary"
        aria-describedby="resolved-hint"
        disabled={busy}
        onClick={resolve}
      >
        {t.resolvedButton}
      </button>
    </section>
  );
}

/** Taking the case back before support answers, after a confirmation. */
export function WithdrawAction(props: { caseNumber: string; onWithdrawn(): void }) {
  const t = useStrings(caseStrings);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  async function withdraw() {
    setBusy(true);
    const result = await call(
      api.POST("/cases/{number}/withdraw", { params: { path: { number: props.caseNumber } } }),
    );
    setBusy(false);
    setOutcome(result);
    setOpen(false);
    if (result.ok) props.onWithdrawn();
  }
  return (
    <section class="withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title" class="visually-hidden">
        {t.withdraw}
      </h2>
      <FormStatus outcome={outcome} />
      <p class="hint">{t.withdrawHint}</p>
      <button type="button" onClick={() => setOpen(true)}>
        {t.withdraw}
      </button>
      <ConfirmDialog
        open={open}
        title={t.withdrawTitle}
        confirmLabel={t.withdrawConfirm}
        cancelLabel={t.keep}
        busy={busy}
        onConfirm={withdraw}
        onClose={() => setOpen(false)}
      >
        <p>{t.withdrawText(props.caseNumber)}</p>
      </ConfirmDialog>
    </section>
  );
}
