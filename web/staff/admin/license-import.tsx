import { useState } from "preact/hooks";
import { api, call, type Outcome } from "../../api";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { useStrings } from "../../i18n";
import {
  type FileProblem,
  LICENSE_COLUMNS,
  parseImport,
  type ReportLine,
  type RowProblem,
  reportLines,
} from "./license-rows";
import { licenseStrings } from "./licenses-strings";

type Strings = (typeof licenseStrings)["en"];

/** A CSV or JSON file, chosen or pasted, read in the browser and imported; the report per row. */
export function LicenseImport() {
  const t = useStrings(licenseStrings);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [lines, setLines] = useState<ReportLine[]>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setLines(undefined);
    setOutcome(undefined);
    const parsed = text.trim() ? parseImport(text) : undefined;
    if (!parsed?.ok) {
      setProblem(parsed ? fileProblemText(t, parsed.problem) : t.nothingChosen);
      return;
    }
    setProblem(undefined);
    if (!parsed.rows.length) {
      setLines(reportLines([], parsed.bad));
      return;
    }
    setBusy(true);
    const answer = await call(
      api.POST("/admin/licenses", { body: { licenses: parsed.rows.map((r) => r.license) } }),
    );
    setBusy(false);
    if (answer.ok) setLines(reportLines(parsed.rows, parsed.bad, answer.data));
    else setOutcome(answer);
  }

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t.importTitle}</h2>
      <p>{t.importIntro}</p>
      <p class="hint columns">
        {t.columns} <code>{LICENSE_COLUMNS.join(",")}</code>; {t.plansFormat}.
      </p>
      <form class="stack" noValidate onSubmit={submit}>
        <FormStatus outcome={outcome} />
        <Field id="license-file" label={t.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              onChange={async (event) => {
                const file = event.currentTarget.files?.[0];
                if (file) setText(await file.text());
              }}
            />
          )}
        </Field>
        <Field id="license-text" label={t.pasted} error={problem}>
          {(control) => (
            <textarea
              {...control}
              class="code"
              rows={6}
              wrap="off"
              spellcheck={false}
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.importing : t.import}
        </button>
      </form>
      {lines ? <ImportReport lines={lines} /> : null}
    </section>
  );
}

function ImportReport(props: { lines: ReportLine[] }) {
  const t = useStrings(licenseStrings);
  const count = (outcome: ReportLine["outcome"]) => props.lines.filter((l) => l.outcome === outcome).length;
  return (
    <>
      <p class="notice" role="status">
        {t.summary(
          props.lines.length,
          count("created"),
          count("updated"),
          count("unchanged"),
          count("invalid"),
        )}
      </p>
      <table class="import-report">
        <caption>{t.reportCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.row}</th>
            <th scope="col">{t.serial}</th>
            <th scope="col">{t.outcome}</th>
            <th scope="col">{t.reason}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line) => (
            <tr key={line.row} class={line.outcome}>
              <th scope="row">{line.row}</th>
              <td class="code nowrap">{line.serial ?? "—"}</td>
              <td>{t[line.outcome]}</td>
              <td>{reasonOf(t, line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function reasonOf(t: Strings, line: ReportLine): string {
  if (line.problem) return rowProblemText(t, line.problem);
  return (line.errors ?? []).map((e) => `${e.field}: ${e.message}`).join("; ");
}

function rowProblemText(t: Strings, problem: RowProblem): string {
  if (problem.kind === "field-count") return t.fieldCount(problem.fields, problem.columns);
  return problem.kind === "open-quote" ? t.openQuote : t.notAnObject;
}

function fileProblemText(t: Strings, problem: FileProblem): string {
  switch (problem.kind) {
    case "empty":
      return t.fileEmpty;
    case "too-many":
      return t.fileTooMany(problem.rows);
    case "unknown-columns":
      return t.fileUnknownColumns(problem.columns.join(", "));
    case "no-serial-column":
      return t.fileNoSerial;
    case "not-json":
      return t.fileNotJson;
    case "not-a-list":
      return t.fileNotList;
  }
}
