import { useLayoutEffect, useRef } from "preact/hooks";
import { useStrings } from "../../../i18n";
import { Link } from "../../../router";
import { caseWords, severityLabel } from "../../../screens/cases/words";
import { Countdown, useNow } from "./countdown";
import { QUEUE_STATUSES } from "./filters";
import { queueStrings } from "./strings";
import type { StaffCase } from "./use-queue";

export const casePath = (caseNumber: string) => `/desk/cases/${caseNumber}`;

/** The link that opens a row's case: the selection moves the focus onto it. */
export function caseLink(table: HTMLElement | null, caseNumber: string): HTMLAnchorElement | null {
  return table?.querySelector<HTMLAnchorElement>(`tr[data-case="${caseNumber}"] a.case-link`) ?? null;
}

/** Where a row sits in the document (not the viewport), to keep it still while rows above change. */
function rowOffset(table: HTMLElement | null, caseNumber: string | undefined): number | undefined {
  const row = caseNumber ? table?.querySelector(`tr[data-case="${caseNumber}"]`) : null;
  return row ? row.getBoundingClientRect().top + window.scrollY : undefined;
}

/**
 * The queue's cases as a table; the selected row is marked (aria-current and a visible marker),
 * and when a refresh adds or drops rows above it the page scrolls along, so it stays in place.
 */
export function QueueTable(props: {
  cases: readonly StaffCase[];
  selected: string | undefined;
  arrived: readonly string[];
  me: string | undefined;
  tableRef: { current: HTMLTableElement | null };
  onSelect(caseNumber: string): void;
}) {
  const t = useStrings(queueStrings);
  const w = useStrings(caseWords);
  const now = useNow();
  const anchor = useRef<{ caseNumber: string; offset: number } | undefined>(undefined);

  useLayoutEffect(() => {
    const table = props.tableRef.current;
    const before = anchor.current;
    if (before && before.caseNumber === props.selected) {
      const offset = rowOffset(table, before.caseNumber);
      if (offset !== undefined && offset !== before.offset) window.scrollBy(0, offset - before.offset);
    }
    const offset = rowOffset(table, props.selected);
    anchor.current =
      props.selected && offset !== undefined ? { caseNumber: props.selected, offset } : undefined;
  }, [props.cases, props.selected]);

  const status = (c: StaffCase) =>
    (QUEUE_STATUSES as readonly string[]).includes(c.status)
      ? t[c.status as (typeof QUEUE_STATUSES)[number]]
      : w[c.status];
  const assignee = (c: StaffCase) =>
    !c.assigneeId ? t.nobody : c.assigneeId === props.me ? t.you : t.anotherEngineer;

  return (
    <div class="queue-scroll">
      <table ref={props.tableRef} class="queue">
        <caption class="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.caseColumn}</th>
            <th scope="col">{t.firstResponse}</th>
            <th scope="col">{t.subjectAndCustomer}</th>
            <th scope="col">{t.severity}</th>
            <th scope="col">{t.plan}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.assignee}</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => {
            const selected = c.caseNumber === props.selected;
            return (
              <tr
                key={c.caseNumber}
                data-case={c.caseNumber}
                class={selected ? "selected" : undefined}
                aria-current={selected ? "true" : undefined}
                onFocusIn={() => props.onSelect(c.caseNumber)}
              >
                <td class="number">
                  <span class="marker" aria-hidden="true">
                    {selected ? "▶" : ""}
                  </span>
                  <Link to={casePath(c.caseNumber)} class="case-link">
                    {c.caseNumber}
                  </Link>
                  {props.arrived.includes(c.caseNumber) ? (
                    <span class="arrived-badge">{t.newBadge}</span>
                  ) : null}
                </td>
                <td>
                  <Countdown case={c} now={now} />
                </td>
                <td class="subject">
                  {c.subject}
                  <span class="customer">{c.customerEmail}</span>
                </td>
                <td>
                  <abbr title={severityLabel(w, c.severity)}>{c.severity}</abbr>
                </td>
                <td>{w[c.plan]}</td>
                <td>{status(c)}</td>
                <td>{assignee(c)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
