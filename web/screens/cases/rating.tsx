import { useState } from "preact/hooks";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { RadioGroup } from "../../components/radio-group";
import { common } from "../../components/strings";
import { useStrings } from "../../i18n";
import { ratingStrings } from "./case-strings";

const SCORES = [1, 2, 3, 4, 5] as const;

/** Rating a resolved case from 1 to 5, once; afterwards the score given. */
export function Rating(props: { caseNumber: string; rated?: number | undefined; onRated(): void }) {
  const t = useStrings(ratingStrings);
  const c = useStrings(common);
  const [score, setScore] = useState<number>();
  const [comment, setComment] = useState("");
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = outcome ? fieldErrors(outcome) : {};

  async function submit(event: Event) {
    event.preventDefault();
    setMissing(score === undefined);
    if (score === undefined) return;
    setBusy(true);
    const result = await call(
      api.POST("/cases/{number}/rating", {
        params: { path: { number: props.caseNumber } },
        body: { score, ...(comment.trim() ? { comment } : {}) },
      }),
    );
    setBusy(false);
    setOutcome(result);
    if (result.ok) props.onRated();
  }

  if (props.rated !== undefined)
    return (
      <section aria-labelledby="rating-title">
        <h2 id="rating-title">{t.title}</h2>
        <p role="status">{t.rated(props.rated)}</p>
      </section>
    );
  return (
    <section aria-labelledby="rating-title">
      <h2 id="rating-title">{t.title}</h2>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} messages={{ 409: t.already }} />
        <RadioGroup<number>
          name="score"
          legend={t.question}
          options={SCORES.map((value) => ({ value, label: t[`score${value}`] }))}
          value={score}
          error={missing ? t.chooseScore : errors.score}
          onChange={setScore}
        />
        <Field id="comment" label={t.comment} error={errors.comment}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={comment}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.submit}
        </button>
      </form>
    </section>
  );
}
