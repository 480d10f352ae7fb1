import type { ComponentChildren } from "preact";

/**
 * A labelled form control with its hint and its error (from problem+json errors[]) beside it;
 * the control gets `aria-describedby` and `aria-invalid` through the render function.
 */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  children: (control: {
    id: string;
    "aria-describedby"?: string;
    "aria-invalid"?: "true";
  }) => ComponentChildren;
}) {
  const described = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={props.error ? "field invalid" : "field"}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <div id={`${props.id}-hint`} class="hint">
          {props.hint}
        </div>
      ) : null}
      {props.children({
        id: props.id,
        ...(described ? { "aria-describedby": described } : {}),
        ...(props.error ? { "aria-invalid": "true" as const } : {}),
      })}
      {props.error ? (
        <p id={`${props.id}-error`} class="error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
