import { useEffect, useRef, useState } from "preact/hooks";
import type { Outcome } from "../../../api";
import { FormStatus } from "../../../components/form-status";
import { Page } from "../../../components/page";
import { useStrings } from "../../../i18n";
import { Link, navigate } from "../../../router";
import { caseWords } from "../../../screens/cases/words";
import { ShortcutHelp } from "../../shortcuts";
import type { StaffPageProps } from "../../staff-app";
import { CaseBody } from "./case-body";
import { CaseHeader } from "./case-header";
import { agentAction, staleEvents } from "./case-writes";
import { Composer, type ComposerMode, type ComposerRefs } from "./composer";
import { CustomerPanel } from "./customer-panel";
import { DeskActions, type WriteAction } from "./desk-actions";
import { type DeskCase, useDeskCase } from "./desk-case-data";
import { type DoneMessage, deskCaseStrings } from "./desk-case-strings";
import { FollowUpPanel } from "./follow-up-panel";
import { peopleNamer, personName } from "./people";
import { AlsoViewing, usePresence } from "./presence";
import { StaleNotice, type Staleness } from "./stale-notice";
import "./desk-case.css";

/** One case as the desk shows it: customer, timeline, follow-up, composer and actions. */
export function DeskCasePage(props: StaffPageProps & { number: string }) {
  const t = useStrings(deskCaseStrings);
  const w = useStrings(caseWords);
  const data = useDeskCase(props.number);
  const viewers = usePresence(props.number);
  const view = data.view;
  if (view && !view.ok && (view.status === 404 || view.status === 400))
    return (
      <Page title={t.notFoundTitle} aside={props.menu}>
        <p>{t.notFound(props.number)}</p>
        <p>
          <Link to="/desk">{t.backToQueue}</Link>
        </p>
      </Page>
    );
  if (!view?.ok)
    return (
      <Page title={w.caseNumber(props.number)} aside={props.menu}>
        <FormStatus outcome={view} />
        {view ? null : <p role="status">{t.loading}</p>}
      </Page>
    );
  return <LoadedCase {...props} found={view.data} data={data} viewers={viewers} />;
}

function LoadedCase(
  props: StaffPageProps & {
    found: DeskCase;
    data: ReturnType<typeof useDeskCase>;
    viewers: ReturnType<typeof usePresence>;
  },
) {
  const t = useStrings(deskCaseStrings);
  const w = useStrings(caseWords);
  const { found, data } = props;
  const [done, setDone] = useState<DoneMessage>();
  const [staleness, setStaleness] = useState<Staleness>();
  const [mode, setMode] = useState<ComposerMode>("reply");
  const refs: ComposerRefs = {
    form: useRef<HTMLFormElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
    canned: useRef<HTMLSelectElement>(null),
  };
  const doneRef = useRef<HTMLParagraphElement>(null);
  // What an action did is read out and focused: the button that did it may be gone (resolve, reopen).
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const me = props.profile;
  const nameOf = peopleNamer(t, {
    me,
    customer: data.customer,
    agents: data.agents,
    viewers: props.viewers,
  });
  const customer = data.customer?.customer;

  async function written(message: DoneMessage) {
    setDone(undefined);
    await data.reload();
    setStaleness(undefined);
    setDone(() => message);
  }
  function stale(next: Staleness) {
    setDone(undefined);
    setStaleness(next);
  }
  async function reloadAfterStale() {
    await data.reload();
    setStaleness({ state: "reloaded" });
  }
  const write: WriteAction = async (action, doneMessage) => {
    const result: Outcome<unknown> = await agentAction(found.caseNumber, found.version, action);
    const newer = staleEvents(result);
    if (newer) stale({ state: "refused", events: newer });
    else if (result.ok) await written(doneMessage);
    return result;
  };
  const assignToMe = () =>
    me && void write({ action: "assign", assigneeId: me.id }, (s) => s.assignedDone(s.you(personName(me))));
  const focusComposer = (next: ComposerMode) => {
    setMode(next);
    refs.text.current?.focus();
  };

  const caseKeys = [
    { keys: "r", label: t.keyReply, run: () => focusComposer("reply") },
    { keys: "i", label: t.keyNote, run: () => focusComposer("note") },
    { keys: "a", label: t.keyAssign, run: assignToMe },
    { keys: "q", label: t.keyQueue, run: () => navigate("/desk") },
  ];
  const composerKeys = [
    {
      keys: "Ctrl+Enter",
      label: t.keySend,
      inFields: true,
      run: () => {
        if (refs.form.current?.contains(document.activeElement)) refs.form.current.requestSubmit();
      },
    },
    { keys: "Alt+c", label: t.keyCanned, inFields: true, run: () => refs.canned.current?.focus() },
  ];

  return (
    <Page title={`${w.caseNumber(found.caseNumber)}: ${found.subject}`} aside={props.menu} wide>
      <div class="desk-case-bar">
        <Link to="/desk">{t.backToQueue}</Link>
        <ShortcutHelp
          groups={[
            { title: t.shortcutsCase, shortcuts: caseKeys },
            { title: t.shortcutsComposer, shortcuts: composerKeys },
          ]}
        />
      </div>
      <AlsoViewing viewers={props.viewers} />
      <p ref={doneRef} role="status" tabIndex={-1} class={done ? "notice" : undefined}>
        {done?.(t)}
      </p>
      <CaseHeader case={found} nameOf={nameOf} />
      <div class="desk-grid">
        {/* The facts first (beside the conversation on a wide screen, above it otherwise). */}
        <div class="desk-side">
          <CustomerPanel case={found} customer={data.customer} />
          <div class="side-stack">
            <FollowUpPanel state={data.followUp} />
            <DeskActions
              case={found}
              me={me?.id ?? ""}
              agents={data.agents}
              write={write}
              onAssignToMe={assignToMe}
            />
          </div>
        </div>
        <div class="desk-main">
          <CaseBody case={found} nameOf={nameOf} attachments={data.attachments} />
          {staleness ? (
            <StaleNotice
              staleness={staleness}
              customerId={found.customerId}
              nameOf={nameOf}
              onReload={() => void reloadAfterStale()}
            />
          ) : null}
          <Composer
            case={found}
            mode={mode}
            onMode={setMode}
            canned={data.canned}
            facts={{
              caseNumber: found.caseNumber,
              ...(customer ? { customerName: personName(customer) } : {}),
              ...(me ? { agentName: personName(me) } : {}),
            }}
            refs={refs}
            onWritten={(message) => void written(message)}
            onStale={(events) => stale({ state: "refused", events })}
          />
        </div>
      </div>
    </Page>
  );
}
