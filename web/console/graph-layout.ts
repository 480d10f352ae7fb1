import dagre from "@dagrejs/dagre";
import type { EdgeKind, GraphNode, StateGraph } from "./asl-graph";

/** Where dagre put everything, in SVG user units (one unit: one CSS pixel at full size). */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: (GraphNode & Box)[];
  edges: { from: string; to: string; kind: EdgeKind; points: { x: number; y: number }[] }[];
}

/** A box by its centre, as dagre gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The label's font (see console.css) and a generous average glyph width for it. */
export const LABEL_FONT_PX = 13;
const GLYPH_PX = 7.4;
const STATE_PADDING_PX = 44;
const MIN_STATE_WIDTH = 150;
const STATE_HEIGHT = 40;
const TERMINAL_SIZE = { width: 64, height: 30 };
const MARGIN = 16;

/** A state's box: wide enough for its name on one line (no DOM to measure in; a pure estimate). */
export function nodeSize(node: GraphNode): { width: number; height: number } {
  if (node.kind !== "state") return TERMINAL_SIZE;
  const text = Math.ceil(node.label.length * GLYPH_PX) + STATE_PADDING_PX;
  return { width: Math.max(MIN_STATE_WIDTH, text), height: STATE_HEIGHT };
}

/** Lays the graph out top to bottom with dagre; Catch edges weigh less so the main path stays straight. */
export function layoutGraph(graph: StateGraph): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 36, ranksep: 36, edgesep: 16, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { ...nodeSize(node) });
  graph.edges.forEach((edge, index) => {
    g.setEdge(edge.from, edge.to, { weight: edge.kind === "catch" ? 1 : 10, minlen: 1 }, `${index}`);
  });
  dagre.layout(g);
  const { width = 0, height = 0 } = g.graph();
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    nodes: graph.nodes.map((node) => {
      const placed = g.node(node.id);
      return { ...node, x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width, height: placed.height };
    }),
    edges: graph.edges.map((edge, index) => ({
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      points: g.edge({ v: edge.from, w: edge.to, name: `${index}` }).points ?? [],
    })),
  };
}
