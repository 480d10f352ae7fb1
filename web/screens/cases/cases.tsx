import { useEffect, useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { Link } from "../../router";
import { AccountMenu } from "../account/account-menu";
import { CaseFacts } from "./case-facts";
import "./cases.css";
import { listStrings } from "./strings";
import { caseWords, showsLatestNote } from "./words";

type CustomerCase = components["schemas"]["CustomerCase"];

/** The portal's filters and the API's `status` for each ("all" sends none). */
export const CASE_FILTERS = {
  open: "open",
  resolved: "resolved",
  withdrawn: "withdrawn",
  all: undefined,
} as const;
export type CaseFilter = keyof typeof CASE_FILTERS;

export function caseFilter(value: string): CaseFilter {
  return value in CASE_FILTERS ? (value as CaseFilter) : "open";
}

const PAGE_SIZE = "20";

export function Cases(props: { filter: CaseFilter; onSignedOut(): void }) {
  const t = useStrings(listStrings);
  const [cases, setCases] = useState<CustomerCase[]>();
  const [cursor, setCursor] = useState<string>();
  const [failure, setFailure] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);

  async function load(from: string | undefined, shown: CustomerCase[]) {
    setBusy(true);
    const status = CASE_FILTERS[props.filter];
    const outcome = await call(
      api.GET("/cases", {
        params: {
          query: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(from ? { cursor: from } : {}) },
        },
      }),
    );
    setBusy(false);
    if (!outcome.ok) return setFailure(outcome);
    setFailure(undefined);
    setCases([...shown, ...outcome.data.items]);
    setCursor(outcome.data.nextCursor);
  }

  // A new filter starts the list afresh.
  useEffect(() => {
    setCases(undefined);
    void load(undefined, []);
  }, [props.filter]);

  return (
    <Page title={t.title} aside={<AccountMenu current="/cases" onSignedOut={props.onSignedOut} />}>
      <nav class="filters" aria-label={t.filters}>
        {(Object.keys(CASE_FILTERS) as CaseFilter[]).map((filter) => (
          <Link key={filter} to={`/cases?status=${filter}`} current={filter === props.filter}>
            {t[filter]}
          </Link>
        ))}
      </nav>
      <FormStatus outcome={failure} />
      {cases === undefined ? (
        failure ? null : (
          <p role="status">{t.loading}</p>
        )
      ) : (
        <>
          {cases.length === 0 && !cursor ? <p>{t.none}</p> : null}
          <ul class="case-list">
            {cases.map((c) => (
              <CaseSummary key={c.caseNumber} case={c} />
            ))}
          </ul>
          {cursor ? (
            <button type="button" disabled={busy} onClick={() => load(cursor, cases)}>
              {t.more}
            </button>
          ) : null}
        </>
      )}
      <p>
        <Link to="/support">{t.newCase}</Link>
      </p>
    </Page>
  );
}

/** One case of the list; a case still in conversation expands to support's latest note. */
function CaseSummary(props: { case: CustomerCase }) {
  const w = useStrings(caseWords);
  const { language } = useLanguage();
  const c = props.case;
  const reply = c.latestSupportReply;
  return (
    <li class="case-summary">
      <h2>
        <Link to={`/cases/${c.caseNumber}`}>
          {w.caseNumber(c.caseNumber)}: {c.subject}
        </Link>
      </h2>
      <CaseFacts case={c} />
      {showsLatestNote(c.status) ? (
        reply ? (
          <details class="latest-note">
            <summary>
              {w.latestNote} · <time dateTime={reply.at}>{formatDateTime(reply.at, language)}</time>
            </summary>
            <p class="message">{reply.message}</p>
          </details>
        ) : (
          <p class="hint">{w.notAnsweredYet}</p>
        )
      ) : null}
    </li>
  );
}
