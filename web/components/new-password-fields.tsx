import { Field } from "./field";
import { PasswordChecklist } from "./password-checklist";

/** A new password with the policy ticked off as it is typed, and its confirmation (sign-up, reset). */
export function NewPasswordFields(props: {
  labels: { password: string; passwordConfirmation: string };
  password: string;
  passwordConfirmation: string;
  errors: { password?: string | undefined; passwordConfirmation?: string | undefined };
  onInput: (name: "password" | "passwordConfirmation") => (event: Event) => void;
}) {
  return (
    <>
      <Field
        id="password"
        label={props.labels.password}
        error={props.errors.password}
        hint={<PasswordChecklist id="password-policy" password={props.password} />}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autocomplete="new-password"
            value={props.password}
            onInput={props.onInput("password")}
          />
        )}
      </Field>
      <Field
        id="passwordConfirmation"
        label={props.labels.passwordConfirmation}
        error={props.errors.passwordConfirmation}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autocomplete="new-password"
            value={props.passwordConfirmation}
            onInput={props.onInput("passwordConfirmation")}
          />
        )}
      </Field>
    </>
  );
}
