import { useRef, useState } from "preact/hooks";
import { MAX_SERIALS_PER_REGISTRATION, parseSerial, serialLines } from "#domain/serial";
import type { operations } from "../../../client/openapi";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { Page } from "../../components/page";
import { common } from "../../components/strings";
import { useStrings } from "../../i18n";
import { AccountMenu } from "../account/account-menu";
import { strings as noticeStrings } from "../notices/strings";
import { RegistrationResults } from "./results";
import { strings } from "./strings";
import "./registration.css";

type Registrations = operations["registerProducts"]["responses"][200]["content"]["application/json"];

/** Outcomes a corrected line can change: a typo reads as malformed or unknown. */
const FIXABLE = new Set(["malformed", "unknown"]);

export function Registration(props: { onSignedOut(): void }) {
  const t = useStrings(strings);
  const c = useStrings(common);
  const n = useStrings(noticeStrings);
  const [text, setText] = useState("");
  // Nothing is sent without an explicit opt-in: the box starts unticked.
  const [notices, setNotices] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<Registrations>>();
  // The line numbers of what was sent: the API answers one result per non-blank line, in order.
  const [sent, setSent] = useState<number[]>([]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const lines = serialLines(text);
  const malformed = lines.filter((line) => !parseSerial(line.text).ok).length;
  const errors = outcome ? fieldErrors(outcome) : {};

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setSent(lines.map((l) => l.line));
    const result = await call(api.POST("/products/registrations", { body: { serials: text, notices } }));
    setBusy(false);
    setOutcome(result);
    if (!result.ok) return;
    // Keep what the customer can still correct; what is registered (or someone else's) is done.
    setText(
      result.data.results
        .filter((r) => FIXABLE.has(r.outcome))
        .map((r) => r.input)
        .join("\n"),
    );
    requestAnimationFrame(() => resultsHeading.current?.focus());
  }

  return (
    <Page
      title={t.title}
      aside={<AccountMenu current="/products/register" onSignedOut={props.onSignedOut} />}
    >
      <p>{t.intro}</p>
      <form class="stack registration" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <Field
          id="serials"
          label={t.serials}
          error={errors.serials}
          hint={
            <>
              {t.formats}
              <ul class="formats">
                <li>
                  <code>AAA11-BB22B-C33CC-44DDD-5EEEE</code>
                </li>
                <li>
                  <code>AAAAAA11-BBBBBB22-CCCC33CC-DDD44DDD-EE55EEEE-F66FFFFF-77GGGGGG-8HHHHHH8</code>
                </li>
              </ul>
              {t.max(MAX_SERIALS_PER_REGISTRATION)}
            </>
          }
        >
          {(control) => (
            <textarea
              {...control}
              rows={10}
              wrap="off"
              spellcheck={false}
              autocapitalize="characters"
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          )}
        </Field>
        <p class="hint" aria-live="polite">
          {lines.length ? t.lineCheck(lines.length, malformed) : ""}
        </p>
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              id="notices"
              checked={notices}
              aria-describedby="notices-hint"
              onChange={(event) => setNotices(event.currentTarget.checked)}
            />
            {t.notices}
          </label>
          <p id="notices-hint" class="hint">
            {n.explain}
          </p>
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? c.working : t.submit}
        </button>
      </form>
      {outcome?.ok ? (
        <RegistrationResults
          headingRef={resultsHeading}
          results={outcome.data.results}
          lines={sent}
          kept={outcome.data.results.filter((r) => FIXABLE.has(r.outcome)).length}
        />
      ) : null}
    </Page>
  );
}
