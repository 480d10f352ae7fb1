import { useStrings } from "../../../i18n";
import { Timeline } from "../../../screens/cases/timeline";
import type { DeskEvent } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";

/** Follow-ups are sent by the state machine, not by a person. */
const BY_SYSTEM = new Set<DeskEvent["type"]>(["follow-up-sent"]);

/**
 * The whole timeline as staff see it: who (by name) and when, internal events labelled
 * "Internal" in words and framed differently, assignments naming the assignee.
 */
export function DeskTimeline(props: {
  events: DeskEvent[];
  customerId: string;
  nameOf(userId: string | undefined): string;
}) {
  const t = useStrings(deskCaseStrings);
  return (
    <Timeline
      events={props.events}
      author={(event) =>
        event.actorId === props.customerId
          ? { name: props.nameOf(event.actorId), side: "customer" }
          : { name: BY_SYSTEM.has(event.type) ? t.staffMember : props.nameOf(event.actorId), side: "support" }
      }
      internal={{ is: (event) => event.visibility === "internal", label: t.internal }}
      verb={(event) => (event.type === "internal-note" ? t.internalNoteVerb : undefined)}
      describe={(event) =>
        event.type === "assign" ? t.assignedTo(props.nameOf(event.change?.assigneeId)) : undefined
      }
    />
  );
}
