import type { Ref } from "preact";
import type { components } from "../../../client/openapi";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings } from "./strings";

type Result = components["schemas"]["RegistrationResult"];
type RegistrationOutcome = Result["outcome"];

const OUTCOMES: readonly RegistrationOutcome[] = [
  "registered",
  "already-yours",
  "registered-to-another-account",
  "unknown",
  "malformed",
];

/** Good news, nothing to do, or a line that needs the customer. */
const TONE: Record<RegistrationOutcome, string> = {
  registered: "ok",
  "already-yours": "ok",
  "registered-to-another-account": "bad",
  unknown: "bad",
  malformed: "bad",
};

const MARK: Record<string, string> = { ok: "✓", bad: "✗" };

/** Each sent line beside its outcome, with a count per outcome first. */
export function RegistrationResults(props: {
  results: Result[];
  lines: number[];
  kept: number;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useStrings(strings);
  const counts = OUTCOMES.map(
    (o) => [o, props.results.filter((r) => r.outcome === o).length] as const,
  ).filter(([, n]) => n > 0);
  const noticesOn = props.results.filter((r) => "notices" in r && r.notices?.subscribed).length;
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" ref={props.headingRef} tabIndex={-1}>
        {t.results}
      </h2>
      <ul class="summary" aria-label={t.summary}>
        {counts.map(([o, n]) => (
          <li key={o} class={TONE[o]}>
            {t.count(n, t.short(o))}
          </li>
        ))}
      </ul>
      {props.kept ? <p class="notice">{t.keptLines(props.kept)}</p> : null}
      {noticesOn ? <p>{t.noticesOn(noticesOn)}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.line}</th>
            <th scope="col">{t.entered}</th>
            <th scope="col">{t.outcome}</th>
          </tr>
        </thead>
        <tbody>
          {props.results.map((result, index) => (
            <tr
              key={`${props.lines[index] ?? index}`}
              class={TONE[result.outcome]}
              data-outcome={result.outcome}
            >
              <td>{props.lines[index] ?? index + 1}</td>
              <td>
                <code class="serial">{result.input}</code>
              </td>
              <td>
                <span aria-hidden="true">{MARK[TONE[result.outcome]]} </span>
                {t[result.outcome]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.results.some((r) => r.outcome === "registered" || r.outcome === "already-yours") ? (
        <p>
          <Link to="/products">{t.toProducts}</Link>
        </p>
      ) : null}
    </section>
  );
}
