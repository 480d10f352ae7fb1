import type { RefObject } from "preact";
import { useState } from "preact/hooks";
import type { CannedFacts } from "#domain/canned-replies";
import { fieldErrors, type Outcome } from "../../../api";
import { Field } from "../../../components/field";
import { FormStatus } from "../../../components/form-status";
import { RadioGroup } from "../../../components/radio-group";
import { common } from "../../../components/strings";
import { useStrings } from "../../../i18n";
import { CannedPicker } from "./canned-picker";
import { agentAction, sendReply, staleEvents } from "./case-writes";
import type { CannedReply, DeskCase, DeskEvent } from "./desk-case-data";
import { type DoneMessage, deskCaseStrings } from "./desk-case-strings";

export type ComposerMode = "reply" | "note";

/** What the page reaches into the composer with (its keyboard shortcuts). */
export interface ComposerRefs {
  form: RefObject<HTMLFormElement | null>;
  text: RefObject<HTMLTextAreaElement | null>;
  canned: RefObject<HTMLSelectElement | null>;
}

/** The draft goes below what is there: a canned reply never overwrites what the agent wrote. */
const appended = (draft: string, text: string) => (draft.trim() ? `${draft.trimEnd()}\n\n${text}` : text);

/**
 * A reply to the customer or an internal note, written against the version the page shows.
 * A refusal for a stale view keeps the draft: the page shows what changed, and the agent sends again.
 */
export function Composer(props: {
  case: DeskCase;
  mode: ComposerMode;
  onMode(mode: ComposerMode): void;
  canned: CannedReply[];
  facts: CannedFacts;
  refs: ComposerRefs;
  onWritten(message: DoneMessage): void;
  onStale(events: DeskEvent[]): void;
}) {
  const t = useStrings(deskCaseStrings);
  const c = useStrings(common);
  const [draft, setDraft] = useState("");
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const { caseNumber: number, version, status, language } = props.case;
  const closed = status === "resolved" || status === "withdrawn";
  const replying = props.mode === "reply";
  const errors = outcome ? fieldErrors(outcome) : {};

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || (replying && closed)) return;
    setBusy(true);
    const result = replying
      ? await sendReply(number, version, draft, key)
      : await agentAction(number, version, { action: "internal-note", message: draft });
    setBusy(false);
    // A network failure or a busy service is retried with the same key; anything else was answered.
    if (result.ok || (result.status !== 503 && result.status !== 429)) setKey(crypto.randomUUID());
    const stale = staleEvents(result);
    if (stale) {
      setOutcome(undefined);
      return props.onStale(stale);
    }
    setOutcome(result);
    if (!result.ok) return;
    setDraft("");
    props.onWritten(replying ? (s) => s.replySent : (s) => s.noteSaved);
  }

  return (
    <section aria-labelledby="composer-title" class="panel composer">
      <h2 id="composer-title">{t.composerTitle}</h2>
      <form ref={props.refs.form} class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <RadioGroup
          name="composer-mode"
          legend={t.mode}
          value={props.mode}
          options={[
            { value: "reply", label: t.modeReply },
            { value: "note", label: t.modeNote },
          ]}
          onChange={props.onMode}
        />
        <CannedPicker
          replies={props.canned}
          caseLanguage={language}
          facts={props.facts}
          selectRef={props.refs.canned}
          onInsert={(text) => {
            setDraft((current) => appended(current, text));
            props.refs.text.current?.focus();
          }}
        />
        <Field
          id="composer-text"
          label={replying ? t.replyLabel : t.noteLabel}
          hint={replying ? (closed ? t.closedHint : t.replyHint(t[language])) : t.noteHint}
          error={errors.message}
        >
          {(control) => (
            <textarea
              {...control}
              ref={props.refs.text}
              rows={8}
              class={replying ? undefined : "note-draft"}
              value={draft}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy || (replying && closed)}>
          {busy ? c.working : replying ? t.sendReply : t.saveNote}
        </button>
      </form>
    </section>
  );
}
