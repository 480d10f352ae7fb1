/**
 * A labelled group of radio buttons (a fieldset with its legend) with its error beside it,
 * like Field does for one control.
 */
export function RadioGroup<T extends string | number>(props: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  error?: string | undefined;
  onChange(value: T): void;
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      class={props.error ? "field radio-group invalid" : "field radio-group"}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="check">
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {props.error ? (
        <p id={errorId} class="error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
