import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { formatTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { Link, navigate } from "../../router";
import { type Shortcut, ShortcutHelp } from "../shortcuts";
import type { StaffPageProps } from "../staff-app";
import "./desk.css";
import { filtersFrom, queuePath, withoutCursor } from "./queue/filters";
import { QueueFilterBar } from "./queue/queue-filters";
import { QueuePaging } from "./queue/queue-paging";
import { caseLink, casePath, QueueTable } from "./queue/queue-table";
import { queueStrings } from "./queue/strings";
import { refreshSeconds, type StaffCase, useQueue } from "./queue/use-queue";
import "./queue/queue.css";

/** Clicks the focused link or button (Enter keeps its usual meaning there), else runs `otherwise`. */
function activateFocusedOr(otherwise: () => void) {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.matches("a[href], button, summary")) focused.click();
  else otherwise();
}

/** The selection after the list changed: the same case if still listed, else the row now at its place. */
function keptSelection(cases: readonly StaffCase[], selected: string | undefined, index: number) {
  if (!selected || cases.length === 0) return undefined;
  if (cases.some((c) => c.caseNumber === selected)) return selected;
  return cases[Math.min(index, cases.length - 1)]?.caseNumber;
}

/** The case queue: open cases, first response due soonest first, live countdowns, filters in the URL. */
export function QueuePage(props: StaffPageProps) {
  const t = useStrings(queueStrings);
  const { language } = useLanguage();
  const filters = useMemo(() => filtersFrom(props.query), [props.query.toString()]);
  const queue = useQueue(filters);
  const cases = queue.page?.items ?? [];
  const [selected, setSelected] = useState<string>();
  const selectedIndex = useRef(0);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    setSelected((current) => keptSelection(cases, current, selectedIndex.current));
  }, [queue.page]);
  useEffect(() => {
    const index = cases.findIndex((c) => c.caseNumber === selected);
    if (index >= 0) selectedIndex.current = index;
  }, [selected, queue.page]);

  function move(delta: number) {
    if (cases.length === 0) return;
    const index = cases.findIndex((c) => c.caseNumber === selected);
    const next = index === -1 ? 0 : Math.max(0, Math.min(cases.length - 1, index + delta));
    const caseNumber = cases[next]?.caseNumber;
    if (!caseNumber) return;
    setSelected(caseNumber);
    caseLink(table.current, caseNumber)?.focus();
  }
  const openSelected = () => selected && navigate(casePath(selected));
  const toggle = (assignee: "mine" | "unassigned") =>
    navigate(
      queuePath({ ...withoutCursor(filters), assignee: filters.assignee === assignee ? "anyone" : assignee }),
    );

  const moving: Shortcut[] = [
    { keys: "j", label: t.nextCase, run: () => move(1) },
    { keys: "ArrowDown", label: t.nextCase, run: () => move(1) },
    { keys: "k", label: t.previousCase, run: () => move(-1) },
    { keys: "ArrowUp", label: t.previousCase, run: () => move(-1) },
    { keys: "Enter", label: t.openCase, run: () => activateFocusedOr(openSelected) },
    { keys: "o", label: t.openCase, run: openSelected },
  ];
  const views: Shortcut[] = [
    { keys: "r", label: t.refreshKey, run: queue.refresh },
    { keys: "m", label: t.toggleMine, run: () => toggle("mine") },
    { keys: "u", label: t.toggleUnassigned, run: () => toggle("unassigned") },
    { keys: "n", label: t.newCaseKey, run: () => navigate("/desk/new-case") },
  ];
  const filtered = filters.status || filters.severity || filters.plan || filters.assignee !== "anyone";

  return (
    <Page title={t.title} aside={props.menu} wide>
      <div class="desk-intro">
        <p>{t.intro}</p>
        <Link to="/desk/new-case">{t.phoneCase}</Link>
        <ShortcutHelp
          groups={[
            { title: t.navigation, shortcuts: moving },
            { title: t.views, shortcuts: views },
          ]}
        />
      </div>
      <QueueFilterBar filters={filters} />
      <div class="queue-status">
        <p class="hint">
          {queue.updatedAt ? `${t.lastUpdated(formatTime(queue.updatedAt, language))} ` : null}
          {t.autoRefresh(refreshSeconds())}
        </p>
        <button type="button" onClick={queue.refresh}>
          {t.refresh} <kbd>r</kbd>
        </button>
      </div>
      <p role="status" class={queue.arrived.length ? "notice arrivals" : "arrivals"}>
        {queue.arrived.length ? t.newCases(queue.arrived.length) : ""}
      </p>
      {queue.failure ? (
        queue.page ? (
          <p class="alert" role="alert">
            {t.refreshFailed}
          </p>
        ) : (
          <FormStatus outcome={queue.failure} messages={{ 500: t.failed, 502: t.failed, 504: t.failed }} />
        )
      ) : null}
      {!queue.page ? (
        queue.failure ? null : (
          <p role="status">{t.loading}</p>
        )
      ) : cases.length === 0 ? (
        <p class="empty">{queue.page.nextCursor ? t.emptyPage : filtered ? t.empty : t.emptyAll}</p>
      ) : (
        <QueueTable
          cases={cases}
          selected={selected}
          arrived={queue.arrived}
          me={props.profile?.id}
          tableRef={table}
          onSelect={setSelected}
        />
      )}
      {queue.page ? <QueuePaging filters={filters} nextCursor={queue.page.nextCursor} /> : null}
    </Page>
  );
}
