import { useLanguage, useStrings } from "../../i18n";
import { formStrings, SEVERITY_MEANINGS_ZH } from "./form-strings";

import type { Severity } from "./types";

/** Severity A–D, each with its meaning (GET /support/severities; Chinese from the catalog). */
export function SeverityChoice(props: {
  severities: readonly Severity[];
  value: string;
  error?: string | undefined;
  onChange(level: string): void;
}) {
  const t = useStrings(formStrings);
  const { language } = useLanguage();
  const meaning = (s: Severity) =>
    language === "zh-CN" ? (SEVERITY_MEANINGS_ZH[s.level] ?? s.meaning) : s.meaning;
  return (
    <fieldset class={props.error ? "choice severities invalid" : "choice severities"}>
      <legend>{`${t.severityLegend} ${t.required}`}</legend>
      {props.severities.map((s, index) => (
        <label key={s.level} class="severity">
          <input
            type="radio"
            name="severity"
            id={index === 0 ? "severity" : undefined}
            value={s.level}
            checked={props.value === s.level}
            onChange={() => props.onChange(s.level)}
            aria-invalid={props.error && index === 0 ? "true" : undefined}
            aria-describedby={props.error ? "severity-error" : undefined}
          />
          <span>
            <strong>{t.severity(s.level)}</strong>
            <span class="hint">{meaning(s)}</span>
          </span>
        </label>
      ))}
      {props.error ? (
        <p id="severity-error" class="error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
