import { formatPreciseDateTime } from "../format";
import { useLanguage, useStrings } from "../i18n";
import { JsonBlock } from "./json-block";
import type { ExecutionDescription } from "./sfn";
import { consoleStrings } from "./strings";

/** The execution's details as the console's "Details" tab lists them, with its input and output. */
export function ExecutionFacts(props: { execution: ExecutionDescription }) {
  const t = useStrings(consoleStrings);
  const { language } = useLanguage();
  const { execution } = props;
  const at = (seconds: number | undefined) =>
    seconds === undefined ? t.none : formatPreciseDateTime(seconds * 1000, language);
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t.details}</h2>
      <dl class="facts">
        <dt>{t.executionArn}</dt>
        <dd class="arn">{execution.executionArn}</dd>
        <dt>{t.started}</dt>
        <dd>{at(execution.startDate)}</dd>
        <dt>{t.stopped}</dt>
        <dd>{at(execution.stopDate)}</dd>
        {execution.error !== undefined && (
          <>
            <dt>{t.error}</dt>
            <dd class="error-text">{execution.error}</dd>
          </>
        )}
        {execution.cause !== undefined && (
          <>
            <dt>{t.cause}</dt>
            <dd>{execution.cause}</dd>
          </>
        )}
      </dl>
      <div class="io">
        <JsonBlock label={t.input} text={execution.input} empty={t.none} />
        <JsonBlock label={t.output} text={execution.output} empty={t.noOutput} />
      </div>
    </section>
  );
}
