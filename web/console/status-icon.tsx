import type { StateStatus } from "./state-runs";

/** A shape per status, so the graph and the legend never rely on colour alone. Centred on 0,0, ~12 units. */
export function StatusGlyph(props: { status: StateStatus }) {
  switch (props.status) {
    case "succeeded":
      return <path class="glyph" d="M-4.5 0.5 L-1.5 3.5 L4.5 -3.5" />;
    case "failed":
      return <path class="glyph" d="M-4 -4 L4 4 M4 -4 L-4 4" />;
    case "caught":
      return (
        <g class="glyph">
          <path d="M0 -5 L0 1.5" />
          <circle class="glyph-dot" cx="0" cy="4.5" r="1.2" />
        </g>
      );
    case "in-progress":
      return (
        <g class="glyph">
          <circle cx="0" cy="0" r="5" />
          <path d="M0 -3 L0 0 L2.5 1.5" />
        </g>
      );
    case "aborted":
      return <rect class="glyph glyph-solid" x="-3.5" y="-3.5" width="7" height="7" />;
    default:
      return <circle class="glyph glyph-dashed" cx="0" cy="0" r="4.5" />;
  }
}

/** The glyph on its own, beside text (legend, panel heading). */
export function StatusIcon(props: { status: StateStatus }) {
  return (
    <svg
      class={`status-icon status-${props.status}`}
      viewBox="-8 -8 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <circle class="status-icon-disc" cx="0" cy="0" r="7.5" />
      <StatusGlyph status={props.status} />
    </svg>
  );
}
