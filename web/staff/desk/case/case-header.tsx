import { formatDateTime } from "../../../format";
import { type Language, useLanguage, useStrings } from "../../../i18n";
import { caseWords, severityLabel } from "../../../screens/cases/words";
import type { DeskCase } from "./desk-case-data";
import { type DeskCaseStrings, deskCaseStrings } from "./desk-case-strings";

/** A status in the desk's words: "awaiting the customer", not the customer's "awaiting your reply". */
export function deskStatus(status: DeskCase["status"], t: DeskCaseStrings, w: (typeof caseWords)["en"]) {
  return status === "awaiting_customer" || status === "no_customer_response" ? t[status] : w[status];
}

/** "in 3 hours", "in 20 minutes" in the reader's language. */
function timeLeft(seconds: number, language: Language): string {
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "always" });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 120) return relative.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 48
    ? relative.format(hours, "hour")
    : relative.format(Math.round(hours / 24), "day");
}

/** The first response: given when, due when (and how long is left), or missed. */
function FirstResponse(props: { case: DeskCase }) {
  const t = useStrings(deskCaseStrings);
  const { language } = useLanguage();
  const c = props.case;
  if (c.firstResponseAt) return <>{t.answeredOn(formatDateTime(c.firstResponseAt, language))}</>;
  if (!c.firstResponseDueAt) return <>{t.immediate}</>;
  const due = formatDateTime(c.firstResponseDueAt, language);
  if (c.firstResponse.breached) return <strong class="breached">{t.overdueSince(due)}</strong>;
  return <>{t.dueOn(due, timeLeft(c.firstResponse.timeLeftSeconds ?? 0, language))}</>;
}

/** The case's facts an agent needs first: status, severity, plan, assignee, first response. */
export function CaseHeader(props: { case: DeskCase; nameOf(userId: string | undefined): string }) {
  const t = useStrings(deskCaseStrings);
  const w = useStrings(caseWords);
  const { language } = useLanguage();
  const c = props.case;
  return (
    <section aria-labelledby="facts-title" class="desk-facts">
      <h2 id="facts-title" class="visually-hidden">
        {t.facts}
      </h2>
      <dl class="facts">
        <dt>{w.status}</dt>
        <dd>
          <span class={`status status-${c.status}`}>{deskStatus(c.status, t, w)}</span>
        </dd>
        <dt>{w.severity}</dt>
        <dd>{severityLabel(w, c.severity)}</dd>
        <dt>{w.plan}</dt>
        <dd>{w[c.plan]}</dd>
        <dt>{t.assignee}</dt>
        <dd>{c.assigneeId ? props.nameOf(c.assigneeId) : t.unassigned}</dd>
        <dt>{t.firstResponse}</dt>
        <dd>
          <FirstResponse case={c} />
        </dd>
        <dt>{w.topic}</dt>
        <dd>{w[c.topic]}</dd>
        <dt>{t.channel}</dt>
        <dd>{t[c.channel]}</dd>
        <dt>{t.language}</dt>
        <dd>{t[c.language]}</dd>
        <dt>{w.submitted}</dt>
        <dd>{formatDateTime(c.createdAt, language)}</dd>
        {c.status === "resolved" && c.resolution ? (
          <>
            <dt>{w.resolution}</dt>
            <dd>{c.resolution}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
