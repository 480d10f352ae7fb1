import { useStrings } from "../i18n";
import { JsonBlock } from "./json-block";
import type { ExecutionReading } from "./state-runs";
import { StatusIcon } from "./status-icon";
import { consoleStrings } from "./strings";

/** The chosen state's input and output, and its error when it failed or was caught. */
export function StateDetails(props: { reading: ExecutionReading; state: string | undefined }) {
  const t = useStrings(consoleStrings);
  const run = props.state === undefined ? undefined : props.reading.runs.get(props.state);
  return (
    <section class="state-details" aria-labelledby="state-details-heading" aria-live="polite">
      <h2 id="state-details-heading">{t.stepDetails}</h2>
      {props.state === undefined ? (
        <p class="hint">{t.pickState}</p>
      ) : (
        <>
          <h3 class="state-title">
            <StatusIcon status={run?.status ?? "not-reached"} />
            <span>{props.state}</span>
            <span class="state-status">{t.stateStatus(run?.status ?? "not-reached")}</span>
          </h3>
          {run ? (
            <>
              <JsonBlock label={t.input} text={run.input} empty={t.none} />
              <JsonBlock label={t.output} text={run.output} empty={t.noOutput} />
              {run.error && (run.error.error || run.error.cause) && (
                <dl class="facts">
                  <dt>{t.error}</dt>
                  <dd>{run.error.error ?? t.none}</dd>
                  <dt>{t.cause}</dt>
                  <dd>{run.error.cause ?? t.none}</dd>
                </dl>
              )}
            </>
          ) : (
            <p class="hint">{t.stateNotReached}</p>
          )}
        </>
      )}
    </section>
  );
}
