/** JSON text from the API shown indented (Step Functions hands inputs and outputs over as text). */
export function JsonBlock(props: { text: string | undefined; label: string; empty: string }) {
  return (
    <div class="json-block">
      <h4>{props.label}</h4>
      {props.text === undefined ? (
        <p class="hint">{props.empty}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling block must be reachable by keyboard to scroll it.
        <pre tabIndex={0} aria-label={props.label}>
          {pretty(props.text)}
        </pre>
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
