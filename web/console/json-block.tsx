import { useId } from "preact/hooks";

/** JSON text from the API shown indented (Step Functions hands inputs and outputs over as text). */
export function JsonBlock(props: { text: string | undefined; label: string; empty: string }) {
  const id = useId();
  return (
    <div class="json-block">
      {props.text === undefined ? (
        <>
          <h4>{props.label}</h4>
          <p class="hint">{props.empty}</p>
        </>
      ) : (
        <>
          {/* A labelled read-only field: reachable and scrollable by keyboard, and easy to copy from. */}
          <label class="json-label" for={id}>
            {props.label}
          </label>
          <textarea id={id} class="json" readOnly rows={12} spellcheck={false} value={pretty(props.text)} />
        </>
      )}
    </div>
  );
}

export function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
