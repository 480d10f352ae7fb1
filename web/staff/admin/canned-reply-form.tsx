import { useState } from "preact/hooks";
import { CANNED_PLACEHOLDERS } from "#domain/canned-replies";
import type { components } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { useStrings } from "../../i18n";
import { cannedStrings } from "./canned-replies-strings";

export type CannedReply = components["schemas"]["CannedReply"];

const FIELDS = [
  { name: "title.en", label: "titleEn", lang: "en", rows: 0 },
  { name: "title.zh-CN", label: "titleZh", lang: "zh-CN", rows: 0 },
  { name: "body.en", label: "bodyEn", lang: "en", rows: 5 },
  { name: "body.zh-CN", label: "bodyZh", lang: "zh-CN", rows: 5 },
] as const;

type FieldName = (typeof FIELDS)[number]["name"];

const textsOf = (reply?: CannedReply): Record<FieldName, string> => ({
  "title.en": reply?.title.en ?? "",
  "title.zh-CN": reply?.title["zh-CN"] ?? "",
  "body.en": reply?.body.en ?? "",
  "body.zh-CN": reply?.body["zh-CN"] ?? "",
});

/**
 * A canned reply written or rewritten, in both languages; the API's refusal of an unknown
 * placeholder shows beside the text that uses it.
 */
export function CannedReplyForm(props: {
  editing?: CannedReply;
  onSaved(reply: CannedReply): void;
  onCancel(): void;
}) {
  const t = useStrings(cannedStrings);
  const [texts, setTexts] = useState(() => textsOf(props.editing));
  const [outcome, setOutcome] = useState<Outcome<CannedReply>>();
  const [busy, setBusy] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};

  async function submit(event: Event) {
    event.preventDefault();
    const body = {
      title: { en: texts["title.en"], "zh-CN": texts["title.zh-CN"] },
      body: { en: texts["body.en"], "zh-CN": texts["body.zh-CN"] },
    };
    setBusy(true);
    const answer = await call(
      props.editing
        ? api.PUT("/admin/canned-replies/{cannedReplyId}", {
            params: { path: { cannedReplyId: props.editing.cannedReplyId } },
            body,
          })
        : api.POST("/admin/canned-replies", { body }),
    );
    setBusy(false);
    setOutcome(answer);
    if (answer.ok) props.onSaved(answer.data);
  }

  const heading = props.editing ? t.editTitle(props.editing.title.en) : t.newTitle;
  return (
    <section aria-labelledby="canned-form-title">
      <h2 id="canned-form-title">{heading}</h2>
      <form class="stack wide-form" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} messages={{ 404: t.gone }} />
        <div class="hint" id="canned-placeholders">
          {t.placeholders}
          <ul>
            {CANNED_PLACEHOLDERS.map((name) => (
              <li key={name}>
                <code>{`{{${name}}}`}</code> — {t[name]}
              </li>
            ))}
          </ul>
        </div>
        {FIELDS.map((field) => (
          <Field
            key={field.name}
            id={`canned-${field.name}`}
            label={t[field.label]}
            error={errors[field.name]}
          >
            {(control) => {
              const common = {
                ...control,
                lang: field.lang,
                value: texts[field.name],
                onInput: (event: Event) =>
                  setTexts({ ...texts, [field.name]: (event.currentTarget as HTMLInputElement).value }),
              };
              return field.rows ? <textarea {...common} rows={field.rows} /> : <input {...common} />;
            }}
          </Field>
        ))}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t.saving : t.save}
          </button>
          {props.editing ? (
            <button type="button" onClick={props.onCancel}>
              {t.cancelEdit}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
