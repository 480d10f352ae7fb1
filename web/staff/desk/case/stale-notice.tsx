import { useEffect, useRef } from "preact/hooks";
import { useStrings } from "../../../i18n";
import type { DeskEvent } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";
import { DeskTimeline } from "./desk-timeline";

/** Where a refused write leaves the agent: what changed since their view, until they reload. */
export type Staleness = { state: "refused"; events: DeskEvent[] } | { state: "reloaded" };

/**
 * The refusal of a write made on a stale view: the newer events, the draft untouched, and a
 * button that reloads the case (then the agent sends again). Focused, so it is read out at once.
 */
export function StaleNotice(props: {
  staleness: Staleness;
  customerId: string;
  nameOf(userId: string | undefined): string;
  onReload(): void;
}) {
  const t = useStrings(deskCaseStrings);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [props.staleness]);
  if (props.staleness.state === "reloaded")
    return (
      <div ref={box} class="notice" role="status" tabIndex={-1}>
        {t.reloaded}
      </div>
    );
  return (
    <div ref={box} class="alert stale-notice" role="alert" tabIndex={-1} aria-labelledby="stale-title">
      <h2 id="stale-title">{t.staleTitle}</h2>
      <p>{t.staleText}</p>
      <DeskTimeline events={props.staleness.events} customerId={props.customerId} nameOf={props.nameOf} />
      <button type="button" class="primary" onClick={props.onReload}>
        {t.reloadCase}
      </button>
    </div>
  );
}
