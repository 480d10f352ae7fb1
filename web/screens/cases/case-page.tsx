import { useEffect, useState } from "preact/hooks";
import type { components, operations } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { Attachments } from "../../components/attachments";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { AccountMenu } from "../account/account-menu";
import { AttachmentsList } from "./attachments-list";
import { NoteForm, ResolvedButton, WithdrawAction } from "./case-actions";
import { CaseFacts } from "./case-facts";
import { caseStrings } from "./case-strings";
import "./cases.css";
import { ProblemFacts } from "./problem-facts";
import { Rating } from "./rating";
import { CustomerTimeline } from "./timeline";
import { caseWords } from "./words";

type CaseView = operations["getCase"]["responses"][200]["content"]["application/json"];
/** The customer's view of a case (staff get another shape, with `customerId`). */
type CustomerCaseView = Exclude<CaseView, { customerId: string }>;
type Attachment = components["schemas"]["CustomerAttachment"];

export function CasePage(props: { caseNumber: string; onSignedOut(): void }) {
  const t = useStrings(caseStrings);
  const w = useStrings(caseWords);
  const [found, setFound] = useState<CustomerCaseView>();
  const [failure, setFailure] = useState<Extract<Outcome<unknown>, { ok: false }>>();
  const [attachments, setAttachments] = useState<Attachment[]>();
  const [done, setDone] = useState("");
  const number = props.caseNumber;

  const path = { params: { path: { number } } };
  async function loadAttachments() {
    const files = await call(api.GET("/cases/{number}/attachments", path));
    if (files.ok) setAttachments(files.data.items as Attachment[]);
  }
  async function load() {
    const [view] = await Promise.all([call(api.GET("/cases/{number}", path)), loadAttachments()]);
    if (!view.ok) return setFailure(view);
    setFailure(undefined);
    if (!("customerId" in view.data)) setFound(view.data);
  }
  // The message announces the case as it is now, so it follows the reload.
  const after = (message: string) => async () => {
    await load();
    setDone(message);
  };

  // Another case number is another page.
  useEffect(() => {
    setFound(undefined);
    void load();
  }, [number]);

  const menu = <AccountMenu current="/cases" onSignedOut={props.onSignedOut} />;
  // A malformed number is a 400; either way there is no such case of the customer's.
  if (failure && (failure.status === 404 || failure.status === 400))
    return (
      <Page title={t.notFoundTitle} aside={menu}>
        <p>{t.notFound(number)}</p>
        <p>
          <Link to="/cases">{t.backToCases}</Link>
        </p>
      </Page>
    );
  if (!found)
    return (
      <Page title={w.caseNumber(number)} aside={menu}>
        <FormStatus outcome={failure} />
        {failure ? null : <p role="status">{t.loading}</p>}
      </Page>
    );

  const answered = found.events.some((e) => e.type === "support-reply");
  const closed = found.status === "resolved" || found.status === "withdrawn";
  return (
    <Page title={`${w.caseNumber(number)}: ${found.subject}`} aside={menu}>
      <p>
        <Link to="/cases">{t.backToCases}</Link>
      </p>
      <p role="status" class={done ? "notice" : undefined}>
        {done}
      </p>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t.facts}</h2>
        <CaseFacts case={found} detailed />
      </section>
      <section aria-labelledby="description-title">
        <h2 id="description-title">{t.description}</h2>
        <p class="message">{found.description}</p>
        <ProblemFacts problem={found.problem} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timeline}</h2>
        <CustomerTimeline events={found.events} />
      </section>
      {found.status === "withdrawn" ? (
        <section aria-labelledby="attachments-title">
          <h2 id="attachments-title">{t.attachments}</h2>
          <AttachmentsList attachments={attachments} />
        </section>
      ) : (
        <Attachments caseNumber={number} onUploaded={() => void loadAttachments()}>
          <AttachmentsList attachments={attachments} />
        </Attachments>
      )}
      {closed ? null : <ResolvedButton caseNumber={number} onResolved={after(t.resolvedDone)} />}
      {found.status === "resolved" ? (
        <Rating caseNumber={number} rated={found.rating?.score} onRated={after("")} />
      ) : null}
      {found.status === "withdrawn" ? null : <NoteForm caseNumber={number} onAdded={after(t.noteAdded)} />}
      {found.status === "awaiting_support" && !answered ? (
        <WithdrawAction caseNumber={number} onWithdrawn={after(t.withdrawn)} />
      ) : null}
    </Page>
  );
}
