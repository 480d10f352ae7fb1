import { useEffect, useRef } from "preact/hooks";
import type { Outcome } from "../api";
import { useStrings } from "../i18n";
import { common } from "./strings";

/**
 * What went wrong with a submission, announced and focused: a retry message for 429/503, a
 * pointer to the fields for a validation problem, else the problem's own detail.
 */
export function FormStatus(props: {
  outcome?: Outcome<unknown> | undefined;
  messages?: Record<number, string>;
}) {
  const t = useStrings(common);
  const ref = useRef<HTMLDivElement>(null);
  const { outcome } = props;
  useEffect(() => {
    if (outcome && !outcome.ok) ref.current?.focus();
  }, [outcome]);
  if (!outcome || outcome.ok) return null;
  const message =
    props.messages?.[outcome.status] ||
    (outcome.status === 429 || outcome.status === 503
      ? t.retry
      : outcome.problem?.errors?.length
        ? t.fixFields
        : (outcome.problem?.detail ?? outcome.problem?.title ?? t.failed));
  return (
    <div ref={ref} class="alert" role="alert" tabIndex={-1}>
      {message}
    </div>
  );
}
