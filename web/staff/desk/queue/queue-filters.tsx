import { PLAN_IDS } from "#domain/plans";
import { SEVERITY_LEVELS } from "#domain/severity";
import { Field } from "../../../components/field";
import { useStrings } from "../../../i18n";
import { navigate } from "../../../router";
import { caseWords, severityLabel } from "../../../screens/cases/words";
import { ASSIGNEES, QUEUE_STATUSES, type QueueFilters, queuePath } from "./filters";
import { queueStrings } from "./strings";

/** The filters as a row of selects; each choice is a new URL (back undoes it) and starts at the first page. */
export function QueueFilterBar(props: { filters: QueueFilters }) {
  const t = useStrings(queueStrings);
  const w = useStrings(caseWords);
  const { filters } = props;
  const choose = (name: "status" | "severity" | "plan" | "assignee") => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    const { cursor: _cursor, [name]: _old, ...rest } = filters;
    navigate(queuePath({ assignee: "anyone", ...rest, ...(value ? { [name]: value } : {}) }));
  };
  const shown = (name: "status" | "severity" | "plan" | "assignee") =>
    name === "assignee" ? (filters.assignee === "anyone" ? "" : filters.assignee) : (filters[name] ?? "");
  const select = (
    name: "status" | "severity" | "plan" | "assignee",
    label: string,
    options: readonly (readonly [string, string])[],
  ) => (
    <Field id={`filter-${name}`} label={label}>
      {(control) => (
        <select {...control} value={shown(name)} onChange={choose(name)}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const filtered = filters.status || filters.severity || filters.plan || filters.assignee !== "anyone";
  return (
    <search class="queue-filters" aria-label={t.filters}>
      {select("status", t.status, [["", t.any], ...QUEUE_STATUSES.map((s) => [s, t[s]] as const)])}
      {select("severity", t.severity, [
        ["", t.any],
        ...SEVERITY_LEVELS.map((s) => [s, severityLabel(w, s)] as const),
      ])}
      {select("plan", t.plan, [["", t.any], ...PLAN_IDS.map((p) => [p, w[p]] as const)])}
      {select(
        "assignee",
        t.assignee,
        ASSIGNEES.map((a) => [a === "anyone" ? "" : a, t[a]] as const),
      )}
      {filtered ? (
        <button type="button" class="link-button clear" onClick={() => navigate("/desk")}>
          {t.clearFilters}
        </button>
      ) : null}
    </search>
  );
}
