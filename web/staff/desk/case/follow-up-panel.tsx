import { formatDateTime } from "../../../format";
import { useLanguage, useStrings } from "../../../i18n";
import type { FollowUpState } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";

/** Where the follow-up sequence stands, in words. */
function stepText(state: FollowUpState, t: (typeof deskCaseStrings)["en"]): string {
  if (state.step === "waiting-for-follow-up") return t.waiting(state.followUpsSent, state.nextFollowUp ?? 1);
  return t[state.step];
}

/** The follow-up e-mails of the latest reply: the step, the next e-mail, and the execution's page. */
export function FollowUpPanel(props: { state: FollowUpState | undefined }) {
  const t = useStrings(deskCaseStrings);
  const { language } = useLanguage();
  const state = props.state;
  return (
    <section aria-labelledby="follow-up-title" class="panel">
      <h2 id="follow-up-title">{t.followUpTitle}</h2>
      {state ? (
        <dl class="facts">
          <dt>{t.step}</dt>
          <dd class="follow-up-step">{stepText(state, t)}</dd>
          {state.repliedAt ? (
            <>
              <dt>{t.repliedAt}</dt>
              <dd>{formatDateTime(state.repliedAt, language)}</dd>
            </>
          ) : null}
          {state.step === "none" ? null : (
            <>
              <dt>{t.sentCount}</dt>
              <dd>{state.followUpsSent} / 3</dd>
            </>
          )}
          {state.running && state.nextEmailAt ? (
            <>
              <dt>{t.nextEmail}</dt>
              <dd>{formatDateTime(state.nextEmailAt, language)}</dd>
            </>
          ) : null}
          {state.execution ? (
            <>
              <dt>{t.execution}</dt>
              <dd>
                <a href={state.execution.consoleUrl} target="_blank" rel="noopener" class="execution-link">
                  {t.openExecution(state.execution.name)}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p role="status">…</p>
      )}
    </section>
  );
}
