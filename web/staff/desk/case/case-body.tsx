import { useStrings } from "../../../i18n";
import { AttachmentsList } from "../../../screens/cases/attachments-list";
import { ProblemFacts } from "../../../screens/cases/problem-facts";
import type { DeskAttachment, DeskCase } from "./desk-case-data";
import { deskCaseStrings } from "./desk-case-strings";
import { DeskTimeline } from "./desk-timeline";

/** What the customer wrote, what happened since (the whole timeline), and the files. */
export function CaseBody(props: {
  case: DeskCase;
  attachments: DeskAttachment[] | undefined;
  nameOf(userId: string | undefined): string;
}) {
  const t = useStrings(deskCaseStrings);
  const found = props.case;
  return (
    <>
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t.description}</h2>
        <p class="message">{found.description}</p>
        <ProblemFacts problem={found.problem} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timeline}</h2>
        <DeskTimeline events={found.events} customerId={found.customerId} nameOf={props.nameOf} />
      </section>
      <section aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t.attachments}</h2>
        <AttachmentsList
          attachments={props.attachments}
          addedBy={(file) => (file.author === "customer" ? t.byCustomer : props.nameOf(file.addedBy))}
        />
      </section>
    </>
  );
}
