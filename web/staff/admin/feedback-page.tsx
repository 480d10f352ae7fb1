import "./admin.css";
import { useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Loaded } from "../../components/loaded";
import { Page } from "../../components/page";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import type { StaffPageProps } from "../staff-app";
import { feedbackStrings } from "./feedback-strings";
import { MoreButton } from "./more-button";
import { usePages } from "./use-pages";

type Feedback = components["schemas"]["Feedback"];
type Status = Feedback["status"];

const STATUSES = ["new", "reviewed", "answered"] as const satisfies Status[];
const KINDS = ["suggestion", "complaint", "thanks", "praise"] as const satisfies Feedback["kind"][];

/** What a feedback moves on to: new → reviewed → answered. */
const NEXT: Partial<Record<Status, { status: Status; label: "markReviewed" | "markAnswered" }>> = {
  new: { status: "reviewed", label: "markReviewed" },
  reviewed: { status: "answered", label: "markAnswered" },
};

/**
 * Feedback triage: newest first, filtered by status and kind (the API filters), each moved on a
 * step; "load older" reads further back.
 */
export function FeedbackTriagePage(props: StaffPageProps) {
  const t = useStrings(feedbackStrings);
  const [status, setStatus] = useState<Status | "">("");
  const [kind, setKind] = useState<Feedback["kind"] | "">("");
  const [moved, setMoved] = useState<Outcome<Feedback>>();
  const [busy, setBusy] = useState<string>();
  const pages = usePages(
    (cursor) =>
      call(
        api.GET("/admin/feedback", {
          params: {
            query: {
              limit: "50",
              ...(status ? { status } : {}),
              ...(kind ? { kind } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    [status, kind],
  );
  // A moved item leaves a view it no longer matches at once, before the list is read again.
  const shown = pages.items.filter((f) => (!status || f.status === status) && (!kind || f.kind === kind));

  async function moveOn(feedback: Feedback, next: Status) {
    setBusy(feedback.feedbackId);
    const answer = await call(
      api.PATCH("/admin/feedback/{feedbackId}", {
        params: { path: { feedbackId: feedback.feedbackId } },
        body: { status: next },
      }),
    );
    setBusy(undefined);
    setMoved(answer);
    if (answer.ok) pages.replace((f) => f.feedbackId === feedback.feedbackId, answer.data);
  }

  return (
    <Page title={t.title} aside={props.menu} wide>
      <p>{t.intro}</p>
      <div class="admin-filters">
        <Field id="feedback-status" label={t.status}>
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
              <option value="">{t.all}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="feedback-kind" label={t.kind}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Feedback["kind"])}
            >
              <option value="">{t.all}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {moved?.ok ? (
        <p class="notice" role="status">
          {t.moved(t[moved.data.status])}
        </p>
      ) : (
        <FormStatus outcome={moved} messages={{ 404: t.gone }} />
      )}
      <Loaded outcome={pages.first} loading={t.loading}>
        {() =>
          pages.items.length ? (
            <>
              <p class="hint">{t.shown(shown.length)}</p>
              {shown.length ? (
                <FeedbackTable items={shown} busy={busy} onMove={(f, next) => void moveOn(f, next)} />
              ) : (
                <p>{t.noneMatching}</p>
              )}
            </>
          ) : (
            <p>{t.none}</p>
          )
        }
      </Loaded>
      <MoreButton pages={pages} label={t.more} loading={t.loadingMore} />
    </Page>
  );
}

function FeedbackTable(props: {
  items: Feedback[];
  busy: string | undefined;
  onMove(feedback: Feedback, next: Status): void;
}) {
  const t = useStrings(feedbackStrings);
  const { language } = useLanguage();
  return (
    <table class="feedback">
      <caption>{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.received}</th>
          <th scope="col">{t.kind}</th>
          <th scope="col">{t.text}</th>
          <th scope="col">{t.from}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((feedback) => {
          const next = NEXT[feedback.status];
          return (
            <tr key={feedback.feedbackId} data-feedback-id={feedback.feedbackId}>
              <th scope="row">{formatDateTime(feedback.at, language)}</th>
              <td>
                {t[feedback.kind]}
                <br />
                <span class="hint">
                  {t.about}: {t[feedback.about]}
                </span>
              </td>
              <td class="pre-line">{feedback.text}</td>
              <td>
                {feedback.authorEmail}
                {feedback.caseNumber ? (
                  <>
                    <br />
                    <span class="hint">{t.caseNumber(feedback.caseNumber)}</span>
                  </>
                ) : null}
              </td>
              <td>
                <span class={`badge ${feedback.status}`}>{t[feedback.status]}</span>
              </td>
              <td class="actions-cell">
                {next ? (
                  <button
                    type="button"
                    disabled={props.busy === feedback.feedbackId}
                    onClick={() => props.onMove(feedback, next.status)}
                  >
                    {t[next.label]}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
