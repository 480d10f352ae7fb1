import type { components } from "../../../client/openapi";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { caseWords, severityLabel } from "./words";

type CustomerCase = components["schemas"]["CustomerCase"];

/** A case's status, severity, dates and resolution (the handbook's list columns), as a description list. */
export function CaseFacts(props: { case: CustomerCase; detailed?: boolean }) {
  const t = useStrings(caseWords);
  const { language } = useLanguage();
  const c = props.case;
  return (
    <dl class="facts case-facts">
      <dt>{t.status}</dt>
      <dd>
        <span class={`status status-${c.status}`}>{t[c.status]}</span>
      </dd>
      <dt>{t.severity}</dt>
      <dd>{severityLabel(t, c.severity)}</dd>
      {props.detailed ? (
        <>
          <dt>{t.topic}</dt>
          <dd>{t[c.topic]}</dd>
          <dt>{t.plan}</dt>
          <dd>{t[c.plan]}</dd>
          {c.serial ? (
            <>
              <dt>{t.serial}</dt>
              <dd class="serial">{c.serial}</dd>
            </>
          ) : null}
        </>
      ) : null}
      <dt>{t.submitted}</dt>
      <dd>{formatDateTime(c.createdAt, language)}</dd>
      <dt>{t.updated}</dt>
      <dd>{formatDateTime(c.updatedAt, language)}</dd>
      {c.status === "resolved" ? (
        <>
          <dt>{t.resolution}</dt>
          <dd>{c.resolution ?? t.noResolution}</dd>
        </>
      ) : null}
    </dl>
  );
}
