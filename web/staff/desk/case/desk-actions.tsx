import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { SEVERITY_LEVELS } from "#domain/severity";
import { fieldErrors, type Outcome } from "../../../api";
import { Field } from "../../../components/field";
import { useStrings } from "../../../i18n";
import { caseWords, severityLabel } from "../../../screens/cases/words";
import { ActionDialog } from "./action-dialog";
import type { AgentAction } from "./case-writes";
import type { Agent, DeskCase } from "./desk-case-data";
import { type DoneMessage, deskCaseStrings } from "./desk-case-strings";
import { personName } from "./people";

/** Sends an action on the page's view; the page reloads it, or shows what changed when it was stale. */
export type WriteAction = (action: AgentAction, done: DoneMessage) => Promise<Outcome<unknown>>;

type TextField = "reason" | "resolution";

/**
 * A button that opens a dialog with one text (a reason, a resolution) and sends the action. The
 * text outlives the dialog: after a stale-view refusal the agent reopens it and finds it again.
 */
function TextAction(props: {
  id: string;
  label: string;
  title: string;
  field: TextField;
  fieldLabel: string;
  hint?: string;
  done: DoneMessage;
  build(text: string): AgentAction;
  write: WriteAction;
  /** Runs as the dialog opens (to start from the case as it is now). */
  onOpen?(): void;
  children?: ComponentChildren;
}) {
  const t = useStrings(deskCaseStrings);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const errors = outcome ? fieldErrors(outcome) : {};
  async function submit() {
    setBusy(true);
    const result = await props.write(props.build(text), props.done);
    setBusy(false);
    const refusedHere = !result.ok && result.problem?.type.endsWith("/stale-case") !== true;
    setOutcome(refusedHere ? result : undefined);
    if (refusedHere) return;
    setOpen(false);
    if (result.ok) setText("");
  }
  return (
    <>
      <button
        type="button"
        onClick={() => {
          props.onOpen?.();
          setOutcome(undefined);
          setOpen(true);
        }}
      >
        {props.label}
      </button>
      <ActionDialog
        id={props.id}
        open={open}
        title={props.title}
        submitLabel={props.title}
        cancelLabel={t.cancel}
        busy={busy}
        outcome={outcome}
        onSubmit={submit}
        onClose={() => setOpen(false)}
      >
        {props.children}
        <Field id={`${props.id}-text`} label={props.fieldLabel} hint={props.hint} error={errors[props.field]}>
          {(control) => (
            <textarea {...control} rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          )}
        </Field>
      </ActionDialog>
    </>
  );
}

function SeverityAction(props: { case: DeskCase; write: WriteAction }) {
  const t = useStrings(deskCaseStrings);
  const w = useStrings(caseWords);
  const [severity, setSeverity] = useState(props.case.severity);
  return (
    <TextAction
      id="severity"
      label={t.changeSeverity}
      title={t.changeSeverityTitle}
      field="reason"
      fieldLabel={t.reason}
      done={(s) => s.severityDone}
      build={(reason) => ({ action: "change-severity", severity, reason })}
      write={props.write}
      onOpen={() => setSeverity(props.case.severity)}
    >
      <Field id="severity-level" label={t.newSeverity}>
        {(control) => (
          <select
            {...control}
            value={severity}
            onChange={(e) => setSeverity(e.currentTarget.value as DeskCase["severity"])}
          >
            {SEVERITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {severityLabel(w, level)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </TextAction>
  );
}

/** Assigning to a named engineer: a select of the agents, then Assign. */
function AssignTo(props: { agents: Agent[]; write: WriteAction }) {
  const t = useStrings(deskCaseStrings);
  const [chosen, setChosen] = useState("");
  const nameOf = (agent: Agent) => personName(agent) || agent.email;
  const agents = [...props.agents]
    .filter((a) => a.enabled)
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const agent = agents.find((a) => a.id === chosen);
  return (
    <div class="assign-to">
      <label for="assign-engineer">{t.engineer}</label>
      <div class="inline">
        <select id="assign-engineer" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          <option value="">{t.chooseEngineer}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {personName(a) ? `${personName(a)} (${a.email})` : a.email}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!agent}
          onClick={() =>
            agent &&
            void props.write({ action: "assign", assigneeId: agent.id }, (s) => s.assignedDone(nameOf(agent)))
          }
        >
          {t.assign}
        </button>
      </div>
    </div>
  );
}

/** Assign, change severity, resolve, reopen: each a timeline event once it is written. */
export function DeskActions(props: {
  case: DeskCase;
  me: string;
  agents: Agent[];
  write: WriteAction;
  onAssignToMe(): void;
}) {
  const t = useStrings(deskCaseStrings);
  const c = props.case;
  const resolvable = c.status !== "resolved" && c.status !== "withdrawn";
  return (
    <section aria-labelledby="actions-title" class="panel desk-actions">
      <h2 id="actions-title">{t.actionsTitle}</h2>
      <div class="actions">
        <button type="button" disabled={c.assigneeId === props.me} onClick={props.onAssignToMe}>
          {t.assignToMe}
        </button>
        <SeverityAction case={c} write={props.write} />
        {resolvable ? (
          <TextAction
            id="resolve"
            label={t.resolve}
            title={t.resolveTitle}
            field="resolution"
            fieldLabel={t.resolution}
            hint={t.resolutionHint}
            done={(s) => s.resolvedDone}
            build={(resolution) => ({ action: "resolve", resolution })}
            write={props.write}
          />
        ) : null}
        {c.open ? null : (
          <TextAction
            id="reopen"
            label={t.reopen}
            title={t.reopenTitle}
            field="reason"
            fieldLabel={t.reason}
            done={(s) => s.reopenedDone}
            build={(reason) => ({ action: "reopen", reason })}
            write={props.write}
          />
        )}
      </div>
      <AssignTo agents={props.agents} write={props.write} />
    </section>
  );
}
