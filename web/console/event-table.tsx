import { formatPreciseDateTime } from "../format";
import { useLanguage, useStrings } from "../i18n";
import type { ExecutionReading, WireHistoryEvent } from "./state-runs";
import { consoleStrings } from "./strings";

/** The execution's event history (GetExecutionHistory), in a scrolling table with a fixed header. */
export function EventTable(props: {
  events: readonly WireHistoryEvent[];
  reading: ExecutionReading;
  onSelect(state: string): void;
}) {
  const t = useStrings(consoleStrings);
  const { language } = useLanguage();
  const start = props.events[0]?.timestamp ?? 0;
  const milliseconds = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">
        {t.events} <span class="count">({props.events.length})</span>
      </h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling table must be reachable by keyboard. */}
      <section class="table-scroll events-scroll" tabIndex={0} aria-label={t.eventsLabel}>
        <table class="events">
          <thead>
            <tr>
              <th scope="col">{t.eventId}</th>
              <th scope="col">{t.eventType}</th>
              <th scope="col">{t.eventState}</th>
              <th scope="col">{t.eventTime}</th>
              <th scope="col" class="number">
                {t.elapsed}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.events.map((event) => {
              const state = props.reading.stateOfEvent.get(event.id);
              return (
                <tr
                  key={event.id}
                  class={/Failed|TimedOut|Aborted/.test(event.type) ? "event-bad" : undefined}
                >
                  <td>{event.id}</td>
                  <td>{event.type}</td>
                  <td>
                    {state && (
                      <button type="button" class="link-button" onClick={() => props.onSelect(state)}>
                        {state}
                      </button>
                    )}
                  </td>
                  <td>{formatPreciseDateTime(event.timestamp * 1000, language)}</td>
                  <td class="number">{t.elapsedMs(milliseconds.format((event.timestamp - start) * 1000))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </section>
  );
}
