import type { components } from "../../../client/openapi";
import { useStrings } from "../../i18n";
import { caseStrings } from "./case-strings";

type CaseProblem = components["schemas"]["CaseProblem"];

const PROBLEM_FIELDS = ["symptoms", "errorOutput", "stepsToReproduce", "expectedResult"] as const;

/** The problem as the customer defined it (symptoms, errors, steps, expected result): those given. */
export function ProblemFacts(props: { problem: CaseProblem | undefined }) {
  const t = useStrings(caseStrings);
  const { problem } = props;
  return (
    <dl class="facts">
      {PROBLEM_FIELDS.flatMap((field) =>
        problem?.[field]
          ? [
              <dt key={`${field}-t`}>{t[field]}</dt>,
              <dd key={field} class="message">
                {problem[field]}
              </dd>,
            ]
          : [],
      )}
    </dl>
  );
}
