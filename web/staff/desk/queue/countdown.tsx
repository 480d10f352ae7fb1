import { useEffect, useState } from "preact/hooks";
import { formatDateTime, formatDuration } from "../../../format";
import { useLanguage, useStrings } from "../../../i18n";
import { queueStrings } from "./strings";
import type { StaffCase } from "./use-queue";

/** The clock now, ticking every second while the component is shown. */
export function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The time left to the first response, ticking; once breached it says "overdue by …" in red
 * with a warning sign, so colour is never the only cue. Answered cases say so.
 */
export function Countdown(props: { case: StaffCase; now: number }) {
  const t = useStrings(queueStrings);
  const { language } = useLanguage();
  const { firstResponseAt, firstResponseDueAt } = props.case;
  if (firstResponseAt)
    return <span class="countdown answered">{firstResponseDueAt ? t.answered : t.answeredAtOnce}</span>;
  if (!firstResponseDueAt) return <span class="countdown">{t.answeredAtOnce}</span>;
  const left = (Date.parse(firstResponseDueAt) - props.now) / 1000;
  const due = (
    <time class="hint" dateTime={firstResponseDueAt}>
      {t.dueAt(formatDateTime(firstResponseDueAt, language))}
    </time>
  );
  if (left > 0)
    return (
      <span class={left < 3_600 ? "countdown soon" : "countdown"}>
        <span class="left">{t.dueIn(formatDuration(left, language))}</span> {due}
      </span>
    );
  return (
    <span class="countdown overdue">
      <span class="left">
        <span aria-hidden="true">⚠ </span>
        {t.overdueBy(formatDuration(-left, language))}
      </span>{" "}
      {due}
    </span>
  );
}
