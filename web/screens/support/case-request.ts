import type { CaseTopic } from "#domain/case-topics";
import type { operations } from "../../../client/openapi";

export type OpenCaseBody = operations["openCase"]["requestBody"]["content"]["application/json"];

/**
 * The form's values keyed by the API's field paths (`problem.symptoms`), so a problem's
 * `errors[].field` names the control it belongs to without a mapping table.
 */
export type CaseForm = Record<string, string>;

export const TEXT_PATHS = [
  "subject",
  "description",
  "problem.symptoms",
  "problem.errorOutput",
  "problem.stepsToReproduce",
  "problem.expectedResult",
  "environment.productVersion",
  "environment.build",
  "environment.beforeProblem",
  "environment.recentChanges",
  "contact.company",
  "contact.email",
  "phone",
  "contact.alternatePhone",
  "contact.otherContact.name",
  "contact.otherContact.email",
  "contact.otherContact.phone",
] as const;

/** A control's id for a field path: dots are awkward in CSS selectors. */
export const controlId = (path: string) => path.replaceAll(".", "-");

/**
 * The request body: blank fields are left out (the API refuses empty text), and so are
 * groups left wholly blank. Whatever is typed goes as typed: the API judges it.
 */
export function caseRequest(topic: CaseTopic, serial: string | undefined, form: CaseForm): OpenCaseBody {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(form)) {
    if (value.trim() === "") continue;
    const keys = path.split(".");
    let target = nested;
    for (const key of keys.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys.at(-1) as string] = value;
  }
  return { ...nested, topic, ...(serial ? { serial } : {}) } as OpenCaseBody;
}
