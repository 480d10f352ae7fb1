import { useEffect, useRef, useState } from "preact/hooks";
import type { CaseTopic } from "#domain/case-topics";
import { api, call, fieldErrors, type Outcome } from "../../api";
import { ChosenFiles } from "../../components/attachments";
import { Field } from "../../components/field";
import { FormStatus } from "../../components/form-status";
import { common } from "../../components/strings";
import { CONFIG } from "../../config";
import { useLanguage, useStrings } from "../../i18n";
import { type CaseForm, caseRequest, controlId, type OpenCaseBody, TEXT_PATHS } from "./case-request";
import { formStrings } from "./form-strings";
import { SeverityChoice } from "./severity-choice";
import { refusalWords } from "./strings";
import type { OpenedCase, Refusal, Severity } from "./types";

const LANGUAGE_NAMES = { en: "English", "zh-CN": "简体中文" } as const;

type TextPath = (typeof TEXT_PATHS)[number];
/** Long answers get a text area. */
const MULTILINE = new Set<TextPath>([
  "description",
  "problem.symptoms",
  "problem.errorOutput",
  "problem.stepsToReproduce",
  "problem.expectedResult",
  "environment.beforeProblem",
  "environment.recentChanges",
]);
const INPUT_TYPES: Partial<Record<TextPath, "email" | "tel">> = {
  "contact.email": "email",
  phone: "tel",
  "contact.alternatePhone": "tel",
  "contact.otherContact.email": "email",
  "contact.otherContact.phone": "tel",
};
const PLACED = new Set<string>([
  ...TEXT_PATHS,
  "severity",
  "preferredContact",
  "environment.occurrence",
  "language",
]);

const known = <T extends string>(value: unknown): value is T =>
  typeof value === "string" && Object.hasOwn(refusalWords.en, value);

/** A refusal the API decided at submission (e.g. the plan ran out meanwhile), with its advice. */
function refusalOf(outcome: Outcome<unknown>): Refusal | undefined {
  if (outcome.ok || outcome.status !== 403 || !outcome.problem?.type.endsWith("/not-entitled"))
    return undefined;
  const { reason, advice } = outcome.problem;
  if (!known<Refusal["reason"]>(reason) || !Array.isArray(advice)) return undefined;
  return { reason, advice: advice.filter((a) => known<Refusal["advice"][number]>(a)) };
}

/** The full case form; the API judges every field and its errors land next to them. */
export function CaseFormView(props: {
  topic: CaseTopic;
  serial?: string | undefined;
  productVersion?: string | undefined;
  severities: readonly Severity[];
  onCreated(created: OpenedCase, files: File[]): void;
  onRefused(refusal: Refusal): void;
  /** Staff taking a call: whose case it is and the channel it came on, sent with the form. */
  onBehalf?: Pick<OpenCaseBody, "onBehalfOf" | "channel">;
  /** Values the form starts with (a caller's phone, company and language). */
  initial?: CaseForm;
  heading?: string;
  /** Whether files can be attached (a caller on the phone has none to hand over). */
  attachments?: boolean;
}) {
  const t = useStrings(formStrings);
  const c = useStrings(common);
  const { language } = useLanguage();
  const technical = props.topic === "product-problem";
  const [form, setForm] = useState<CaseForm>(() => ({
    severity: technical ? "" : "D",
    preferredContact: "email",
    language,
    ...(props.productVersion ? { "environment.productVersion": props.productVersion } : {}),
    ...props.initial,
  }));
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<Outcome<unknown>>();
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ key: string; body: string } | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = outcome ? fieldErrors(outcome) : {};
  const unplaced = Object.entries(errors).filter(([field]) => !PLACED.has(field));

  // The first invalid field gets the focus (after FormStatus, a child, focused its alert).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [outcome]);

  const set = (path: string) => (event: Event) =>
    setForm({ ...form, [path]: (event.currentTarget as HTMLInputElement).value });

  async function submit(event: Event) {
    event.preventDefault();
    const body = { ...caseRequest(props.topic, props.serial, form), ...props.onBehalf };
    const text = JSON.stringify(body);
    // A retry of the same request reuses its key, so a lost answer never opens a second case.
    if (attempt.current?.body !== text) attempt.current = { key: crypto.randomUUID(), body: text };
    setBusy(true);
    const result = await call(
      api.POST("/cases", { body, params: { header: { "Idempotency-Key": attempt.current.key } } }),
    );
    setBusy(false);
    if (result.ok) return props.onCreated(result.data, files);
    const refusal = refusalOf(result);
    if (refusal) return props.onRefused(refusal);
    setOutcome(result);
  }

  const textField = (path: TextPath, label: string, hint?: string) => (
    <Field key={path} id={controlId(path)} label={label} error={errors[path]} hint={hint}>
      {(control) => {
        const shared = { ...control, value: form[path] ?? "", onInput: set(path) };
        const type = INPUT_TYPES[path];
        if (MULTILINE.has(path)) return <textarea {...shared} rows={path === "description" ? 5 : 3} />;
        return type === "email" ? (
          <input {...shared} type="email" />
        ) : type === "tel" ? (
          <input {...shared} type="tel" />
        ) : (
          <input {...shared} type="text" />
        );
      }}
    </Field>
  );
  const choice = (path: string, legend: string, options: readonly (readonly [string, string])[]) => (
    <fieldset class={errors[path] ? "choice invalid" : "choice"}>
      <legend>{legend}</legend>
      {options.map(([value, label], index) => (
        <label key={value} class="check">
          <input
            type="radio"
            name={controlId(path)}
            id={index === 0 ? controlId(path) : undefined}
            value={value}
            checked={form[path] === value}
            onChange={set(path)}
            aria-invalid={errors[path] && index === 0 ? "true" : undefined}
            aria-describedby={errors[path] ? `${controlId(path)}-error` : undefined}
          />
          {label}
        </label>
      ))}
      {errors[path] ? (
        <p id={`${controlId(path)}-error`} class="error">
          {errors[path]}
        </p>
      ) : null}
    </fieldset>
  );

  return (
    <form ref={formRef} class="stack case-form" noValidate onSubmit={submit} aria-labelledby="form-title">
      <h2 id="form-title">{props.heading ?? t.formHeading}</h2>
      <FormStatus outcome={outcome} />
      {unplaced.length ? (
        <ul class="error">
          {unplaced.map(([field, message]) => (
            <li key={field}>{`${field}: ${message}`}</li>
          ))}
        </ul>
      ) : null}
      {textField("subject", `${t.subject} ${t.required}`)}
      {textField("description", `${t.description} ${t.required}`)}
      {technical ? (
        <fieldset>
          <legend>{t.problemLegend}</legend>
          {textField("problem.symptoms", t.symptoms)}
          {textField("problem.errorOutput", t.errorOutput)}
          {textField("problem.stepsToReproduce", t.stepsToReproduce)}
          {textField("problem.expectedResult", t.expectedResult)}
        </fieldset>
      ) : null}
      <SeverityChoice
        severities={props.severities}
        value={form.severity ?? ""}
        error={errors.severity}
        onChange={(severity) => setForm({ ...form, severity })}
      />
      {technical ? (
        <fieldset>
          <legend>{t.environmentLegend}</legend>
          <div class="row">
            {textField("environment.productVersion", t.productVersion)}
            {textField("environment.build", t.build)}
          </div>
          {choice("environment.occurrence", t.occurrence, [
            ["first-time", t["first-time"]],
            ["recurring", t.recurring],
          ])}
          {textField("environment.beforeProblem", t.beforeProblem)}
          {textField("environment.recentChanges", t.recentChanges)}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t.contactLegend}</legend>
        {textField("contact.company", t.company)}
        {textField("contact.email", t.contactEmail)}
        {choice("preferredContact", t.preferredContact, [
          ["email", t.email],
          ["phone", t.phone],
        ])}
        {textField("phone", t.phoneNumber, t.phoneHint)}
        {textField("contact.alternatePhone", t.alternatePhone)}
        <fieldset>
          <legend>{t.otherLegend}</legend>
          {textField("contact.otherContact.name", t.otherName)}
          <div class="row">
            {textField("contact.otherContact.email", t.otherEmail)}
            {textField("contact.otherContact.phone", t.otherPhone)}
          </div>
        </fieldset>
      </fieldset>
      <Field id="language" label={t.language} error={errors.language}>
        {(control) => (
          <select {...control} value={form.language} onChange={set("language")}>
            {CONFIG.languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {props.attachments === false ? null : (
        <ChosenFiles id="attachments" files={files} onChange={setFiles} />
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? c.working : t.submit}
      </button>
    </form>
  );
}
