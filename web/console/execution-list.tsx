import { useState } from "preact/hooks";
import { parseFollowUpExecutionName } from "#domain/follow-up-protocol";
import { Page } from "../components/page";
import { formatPreciseDateTime } from "../format";
import { useLanguage, useStrings } from "../i18n";
import { executionHref, go, listHref } from "./location";
import { ConsoleLink, ExecutionStatusBadge, LoadProblem } from "./parts";
import { type ExecutionSummary, followUpStateMachineArn, listExecutions } from "./sfn";
import type { ExecutionStatus } from "./state-runs";
import { consoleStrings, EXECUTION_STATUSES } from "./strings";
import { usePolling } from "./use-polling";

const REFRESH_MS = 4_000;

/** Every follow-up execution, newest first, filtered by status (by the API) and by case (here). */
export function ExecutionList(props: { query: URLSearchParams }) {
  const t = useStrings(consoleStrings);
  const { language } = useLanguage();
  const status = statusFrom(props.query.get("status"));
  const [caseFilter, setCaseFilter] = useState(props.query.get("case") ?? "");
  const { loaded, reload } = usePolling(
    async () => listExecutions(await followUpStateMachineArn(), status),
    status ?? "",
    REFRESH_MS,
  );
  // The filters live in the address, so a reload or a shared link shows the same list.
  const setFilters = (next: { status?: string; case?: string }) =>
    go(listHref({ status: status ?? "", case: caseFilter.trim(), ...next }), { replace: true });
  const all = loaded.state === "ready" ? loaded.value : [];
  const shown = all.filter((execution) => matchesCase(execution, caseFilter.trim()));
  const at = (seconds: number | undefined) =>
    seconds === undefined ? t.none : formatPreciseDateTime(seconds * 1000, language);
  return (
    <Page title={t.listTitle} brand={t.brand} wide>
      <p class="hint">
        {t.listIntro} {t.autoRefresh}
      </p>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          reload();
        }}
      >
        <div class="field">
          <label for="status-filter">{t.status}</label>
          <select
            id="status-filter"
            value={status ?? ""}
            onChange={(event) => setFilters({ status: event.currentTarget.value })}
          >
            <option value="">{t.anyStatus}</option>
            {EXECUTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.executionStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="case-filter">{t.caseFilter}</label>
          <input
            id="case-filter"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="case-hint"
            value={caseFilter}
            onInput={(event) => {
              setCaseFilter(event.currentTarget.value);
              setFilters({ case: event.currentTarget.value.trim() });
            }}
          />
          <p id="case-hint" class="hint">
            {t.caseHint}
          </p>
        </div>
        <button type="submit">{t.refresh}</button>
      </form>
      {loaded.state === "failed" && <LoadProblem error={loaded.error} />}
      <p class="count" aria-live="polite">
        {loaded.state === "ready" ? t.count(shown.length, all.length) : ""}
      </p>
      <div class="table-scroll">
        <table class="executions">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.case}</th>
              <th scope="col">{t.started}</th>
              <th scope="col">{t.stopped}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((execution) => (
              <tr key={execution.executionArn} data-name={execution.name}>
                <td>
                  <ConsoleLink href={executionHref(execution.executionArn)}>{execution.name}</ConsoleLink>
                </td>
                <td>
                  <ExecutionStatusBadge status={execution.status} />
                </td>
                <td>{parseFollowUpExecutionName(execution.name)?.caseNumber ?? t.none}</td>
                <td>{at(execution.startDate)}</td>
                <td>{at(execution.stopDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {loaded.state === "ready" && shown.length === 0 && <p>{t.noExecutions}</p>}
    </Page>
  );
}

function statusFrom(value: string | null): ExecutionStatus | undefined {
  return EXECUTION_STATUSES.find((s) => s === value);
}

function matchesCase(execution: ExecutionSummary, filter: string): boolean {
  if (filter === "") return true;
  return parseFollowUpExecutionName(execution.name)?.caseNumber.startsWith(filter) ?? false;
}
