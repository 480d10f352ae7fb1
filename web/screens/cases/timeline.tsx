import type { components } from "../../../client/openapi";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { caseStrings } from "./case-strings";

type CaseEvent = components["schemas"]["CustomerCaseEvent"];

/**
 * Which follow-up each follow-up event is (1-3): the count restarts with every support reply,
 * as the follow-up sequence does. The API's own message is English only.
 */
function followUpSteps(events: CaseEvent[]): Map<string, number> {
  const steps = new Map<string, number>();
  let step = 0;
  for (const event of events) {
    if (event.type === "support-reply") step = 0;
    if (event.type === "follow-up-sent") steps.set(event.eventId, ++step);
  }
  return steps;
}

/** The public timeline, oldest first: who did what, when, and what they wrote. */
export function Timeline(props: { events: CaseEvent[] }) {
  const t = useStrings(caseStrings);
  const { language } = useLanguage();
  const steps = followUpSteps(props.events);
  const text = (event: CaseEvent) => {
    if (event.type === "follow-up-sent") return t.followUp(steps.get(event.eventId) ?? 1);
    if (event.type === "change-severity" && event.change?.from && event.change.to)
      return [t.severityChange(event.change.from, event.change.to), event.message]
        .filter(Boolean)
        .join(" · ");
    return event.message;
  };
  return (
    <ol class="timeline">
      {props.events.map((event) => {
        const message = text(event);
        return (
          <li key={event.eventId} class={`event by-${event.author}`}>
            <p class="event-head">
              <strong>{event.author === "customer" ? t.you : t.support}</strong> {t[event.type]} ·{" "}
              <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
            </p>
            {message ? <p class="message">{message}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
