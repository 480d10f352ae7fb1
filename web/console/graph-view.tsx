import { useMemo } from "preact/hooks";
import { useStrings } from "../i18n";
import { type AslDefinition, stateGraph } from "./asl-graph";
import { type GraphLayout, layoutGraph } from "./graph-layout";
import { type ExecutionReading, STATE_STATUSES, type StateStatus, statusOf } from "./state-runs";
import { StatusGlyph, StatusIcon } from "./status-icon";
import { consoleStrings } from "./strings";

type PlacedNode = GraphLayout["nodes"][number];

/** The state machine drawn as the console draws it, each state a button coloured by its fate. */
export function GraphView(props: {
  definition: AslDefinition;
  reading: ExecutionReading;
  selected: string | undefined;
  onSelect(state: string): void;
}) {
  const t = useStrings(consoleStrings);
  const layout = useMemo(() => layoutGraph(stateGraph(props.definition)), [props.definition]);
  return (
    <div class="graph">
      <div class="graph-canvas">
        <svg
          class="graph-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          aria-label={t.graphLabel}
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path class="arrowhead" d="M0 0 L10 5 L0 10 z" />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <path
              key={`${edge.from}>${edge.to}>${edge.kind}`}
              class={`edge edge-${edge.kind}`}
              d={edge.points
                .map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
                .join(" ")}
              marker-end="url(#arrow)"
            />
          ))}
          {layout.nodes.map((node) =>
            node.kind === "state" ? (
              <StateNode
                key={node.id}
                node={node}
                status={statusOf(props.reading, node.id)}
                selected={props.selected === node.id}
                onSelect={props.onSelect}
              />
            ) : (
              <g key={node.id} class="terminal-node">
                <rect
                  x={node.x - node.width / 2}
                  y={node.y - node.height / 2}
                  width={node.width}
                  height={node.height}
                  rx={node.height / 2}
                />
                <text x={node.x} y={node.y}>
                  {node.label}
                </text>
              </g>
            ),
          )}
        </svg>
      </div>
      <Legend />
    </div>
  );
}

function StateNode(props: {
  node: PlacedNode;
  status: StateStatus;
  selected: boolean;
  onSelect(state: string): void;
}) {
  const t = useStrings(consoleStrings);
  const { node, status } = props;
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role, tabindex and keys make it one.
    <g
      class={`state-node status-${status}${props.selected ? " selected" : ""}`}
      role="button"
      // Lower case: in SVG, attribute names are case-sensitive and Preact writes this one as an attribute.
      tabindex={0}
      aria-pressed={props.selected}
      aria-label={t.stateButton(node.label, t.stateStatus(status))}
      data-state={node.id}
      data-status={status}
      onClick={() => props.onSelect(node.id)}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        props.onSelect(node.id);
      }}
    >
      <rect class="state-box" x={left} y={top} width={node.width} height={node.height} rx="6" />
      <g class={`state-badge status-${status}`} transform={`translate(${left + 18} ${node.y})`}>
        <circle class="status-icon-disc" cx="0" cy="0" r="9" />
        <StatusGlyph status={status} />
      </g>
      <text class="state-label" x={left + 34} y={node.y}>
        {node.label}
      </text>
    </g>
  );
}

function Legend() {
  const t = useStrings(consoleStrings);
  return (
    <section class="legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t.legend}</h3>
      <ul>
        {STATE_STATUSES.map((status) => (
          <li key={status} class={`legend-item status-${status}`}>
            <StatusIcon status={status} />
            {t.stateStatus(status)}
          </li>
        ))}
        <li class="legend-item">
          <svg class="legend-edge" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
            <path class="edge edge-catch" d="M1 5 L27 5" />
          </svg>
          {t.catchEdge}
        </li>
      </ul>
    </section>
  );
}
