import "./admin.css";
import { useEffect, useState } from "preact/hooks";
import { api, call, type Outcome } from "../../api";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { FormStatus } from "../../components/form-status";
import { Loaded } from "../../components/loaded";
import { Page } from "../../components/page";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import type { StaffPageProps } from "../staff-app";
import { cannedStrings } from "./canned-replies-strings";
import { type CannedReply, CannedReplyForm } from "./canned-reply-form";

type Done =
  | { kind: "created" | "replaced" | "deleted"; title: string }
  | { kind: "failed"; outcome: Outcome<unknown> };

/** Canned replies: written, rewritten and deleted here, for the desk's composer. */
export function CannedRepliesPage(props: StaffPageProps) {
  const t = useStrings(cannedStrings);
  const [list, setList] = useState<Outcome<{ items: CannedReply[] }>>();
  const [generation, setGeneration] = useState(0);
  const [editing, setEditing] = useState<Outcome<CannedReply>>();
  const [formKey, setFormKey] = useState(0);
  const [deleting, setDeleting] = useState<CannedReply>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done>();

  useEffect(() => {
    call(api.GET("/canned-replies")).then(setList);
  }, [generation]);

  async function edit(reply: CannedReply) {
    setDone(undefined);
    // The list's copy may be old: the form edits the reply as it is now.
    setEditing(
      await call(
        api.GET("/admin/canned-replies/{cannedReplyId}", {
          params: { path: { cannedReplyId: reply.cannedReplyId } },
        }),
      ),
    );
    setFormKey((k) => k + 1);
  }

  function saved(reply: CannedReply) {
    setDone({ kind: editing ? "replaced" : "created", title: reply.title.en });
    setEditing(undefined);
    setFormKey((k) => k + 1);
    setGeneration((g) => g + 1);
  }

  async function remove(reply: CannedReply) {
    setBusy(true);
    const answer = await call(
      api.DELETE("/admin/canned-replies/{cannedReplyId}", {
        params: { path: { cannedReplyId: reply.cannedReplyId } },
      }),
    );
    setBusy(false);
    setDeleting(undefined);
    setDone(answer.ok ? { kind: "deleted", title: reply.title.en } : { kind: "failed", outcome: answer });
    if (editing?.ok && editing.data.cannedReplyId === reply.cannedReplyId) setEditing(undefined);
    setGeneration((g) => g + 1);
  }

  return (
    <Page title={t.title} aside={props.menu} wide>
      <p>{t.intro}</p>
      {done ? <DoneMessage done={done} /> : null}
      {editing && !editing.ok ? <FormStatus outcome={editing} messages={{ 404: t.gone }} /> : null}
      <CannedReplyForm
        key={formKey}
        {...(editing?.ok ? { editing: editing.data } : {})}
        onSaved={saved}
        onCancel={() => {
          setEditing(undefined);
          setFormKey((k) => k + 1);
        }}
      />
      <section aria-labelledby="canned-list-title">
        <h2 id="canned-list-title">{t.listTitle}</h2>
        <Loaded outcome={list} loading={t.loading}>
          {(data) =>
            data.items.length ? (
              <CannedTable replies={data.items} onEdit={(r) => void edit(r)} onDelete={setDeleting} />
            ) : (
              <p>{t.none}</p>
            )
          }
        </Loaded>
      </section>
      <ConfirmDialog
        open={Boolean(deleting)}
        title={t.removeTitle}
        confirmLabel={t.removeConfirm}
        cancelLabel={t.cancel}
        busy={busy}
        onConfirm={() => deleting && void remove(deleting)}
        onClose={() => setDeleting(undefined)}
      >
        <p>{deleting ? t.removeText(deleting.title.en) : null}</p>
      </ConfirmDialog>
    </Page>
  );
}

function DoneMessage(props: { done: Done }) {
  const t = useStrings(cannedStrings);
  const { done } = props;
  if (done.kind === "failed") return <FormStatus outcome={done.outcome} messages={{ 404: t.gone }} />;
  return (
    <p class="notice" role="status">
      {t[done.kind](done.title)}
    </p>
  );
}

function CannedTable(props: {
  replies: CannedReply[];
  onEdit(reply: CannedReply): void;
  onDelete(reply: CannedReply): void;
}) {
  const t = useStrings(cannedStrings);
  const { language } = useLanguage();
  return (
    <table class="canned-replies">
      <caption>{t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.english}</th>
          <th scope="col">{t.chinese}</th>
          <th scope="col">{t.uses}</th>
          <th scope="col">{t.changed}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {props.replies.map((reply) => (
          <tr key={reply.cannedReplyId}>
            <th scope="row" lang="en">
              {reply.title.en}
            </th>
            <td lang="zh-CN">{reply.title["zh-CN"]}</td>
            <td>
              {reply.placeholders.map((name) => (
                <code key={name} class="placeholder">{`{{${name}}}`}</code>
              ))}
            </td>
            <td>{formatDateTime(reply.updatedAt, language)}</td>
            <td class="actions-cell">
              <div class="actions">
                <button type="button" onClick={() => props.onEdit(reply)}>
                  {t.edit}
                  <span class="visually-hidden"> {reply.title.en}</span>
                </button>
                <button type="button" class="danger" onClick={() => props.onDelete(reply)}>
                  {t.remove}
                  <span class="visually-hidden"> {reply.title.en}</span>
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
