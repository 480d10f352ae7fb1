import { useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";
import { FormStatus } from "../../components/form-status";
import { formatDateTime } from "../../format";
import { useLanguage, useStrings } from "../../i18n";
import { strings } from "./strings";
import "./notices.css";

export type NoticeOptIn = components["schemas"]["NoticeOptIn"];

/** Turns one serial's release notices on or off at once; says since when they are on. */
export function NoticeToggle(props: { serial: string; notices: NoticeOptIn }) {
  const t = useStrings(strings);
  const { language } = useLanguage();
  const [notices, setNotices] = useState(props.notices);
  // The box shows the asked-for state while saving; a refusal puts it back to the server's.
  const [pending, setPending] = useState<boolean>();
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const id = `notices-${props.serial}`;

  async function change(subscribed: boolean) {
    if (pending !== undefined) return;
    setPending(subscribed);
    const result = await call(
      api.PUT("/products/{serial}/notices", {
        params: { path: { serial: props.serial } },
        body: { subscribed },
      }),
    );
    setPending(undefined);
    setOutcome(result);
    if (result.ok) setNotices(result.data.notices);
  }

  return (
    <div class="notice-toggle">
      <label class="check">
        <input
          type="checkbox"
          id={id}
          checked={pending ?? notices.subscribed}
          aria-describedby={`${id}-state`}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {t.toggle}
        <span class="visually-hidden">{t.forSerial(props.serial)}</span>
      </label>
      <p id={`${id}-state`} class="hint" role="status">
        {pending !== undefined
          ? t.saving
          : notices.subscribed
            ? t.on(formatDateTime(notices.since, language))
            : t.off}
      </p>
      {/* A refused change leaves the box as the server has it. */}
      {outcome && !outcome.ok ? <FormStatus outcome={outcome} /> : null}
    </div>
  );
}
