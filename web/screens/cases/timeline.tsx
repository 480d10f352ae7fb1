import type { components } from "../../../client/openapi";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { caseStrings } from "./case-strings";

type CaseEvent = components["schemas"]["CustomerCaseEvent"];

/** What every view of an event has (the customer's and the staff's). */
export type TimelineEvent = Pick<CaseEvent, "eventId" | "type" | "at" | "message" | "change">;

/** Who wrote an event, as the reader should see it, and on which side they are. */
export interface EventAuthor {
  name: string;
  side: "customer" | "support";
}

/**
 * Which follow-up each follow-up event is (1-3): the count restarts with every support reply,
 * as the follow-up sequence does. The API's own message is English only.
 */
function followUpSteps(events: TimelineEvent[]): Map<string, number> {
  const steps = new Map<string, number>();
  let step = 0;
  for (const event of events) {
    if (event.type === "support-reply") step = 0;
    if (event.type === "follow-up-sent") steps.set(event.eventId, ++step);
  }
  return steps;
}

/**
 * A timeline, oldest first: who did what, when, and what they wrote. The customer's page names
 * the sides ("you", "support"); the desk names people and marks staff-only events in words.
 */
export function Timeline<E extends TimelineEvent>(props: {
  events: E[];
  author(event: E): EventAuthor;
  /** Staff-only events get this label (text, not colour alone). */
  internal?: { is(event: E): boolean; label: string };
  /** What an event did, where the reader's view says it better than the customer's words. */
  verb?(event: E): string | undefined;
  /** What an event says, where the page knows more (e.g. the assignee's name). */
  describe?(event: E): string | undefined;
}) {
  const t = useStrings(caseStrings);
  const { language } = useLanguage();
  const steps = followUpSteps(props.events);
  const text = (event: E) => {
    const described = props.describe?.(event);
    if (described !== undefined) return described;
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
        const author = props.author(event);
        const internal = props.internal?.is(event) ?? false;
        return (
          <li
            key={event.eventId}
            class={["event", `by-${author.side}`, internal && "internal"].filter(Boolean).join(" ")}
            data-type={event.type}
          >
            <p class="event-head">
              {internal ? <span class="internal-badge">{props.internal?.label}</span> : null}
              <strong>{author.name}</strong> {props.verb?.(event) ?? t[event.type]} ·{" "}
              <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
            </p>
            {message ? <p class="message">{message}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The customer's own timeline: "you" and "support". */
export function CustomerTimeline(props: { events: CaseEvent[] }) {
  const t = useStrings(caseStrings);
  return (
    <Timeline
      events={props.events}
      author={(event) => ({ name: event.author === "customer" ? t.you : t.support, side: event.author })}
    />
  );
}
