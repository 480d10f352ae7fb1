/**
 * The graph of an Amazon States Language definition, as the Step Functions console draws it:
 * a node per state plus Start and End, an edge per transition (Next, Choices, Default, Catch).
 * Pure: the layout and the drawing are elsewhere.
 */

export interface AslState {
  Type: string;
  Next?: string;
  End?: boolean;
  Default?: string;
  Choices?: { Next: string }[];
  Catch?: { ErrorEquals: string[]; Next: string }[];
}

export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
}

export type NodeKind = "start" | "end" | "state";
export type EdgeKind = "next" | "choice" | "default" | "catch";

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The state's name (what the console shows), or Start/End. */
  label: string;
  /** The state's Type (Task, Wait, Choice…); absent for Start and End. */
  stateType?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Catch edges: the errors they catch. */
  errors?: string[];
}

export interface StateGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Ids no state can have (state names are printable text), so Start/End never clash with a state. */
export const START_ID = "\u0000start";
export const END_ID = "\u0000end";

const TERMINAL_TYPES = new Set(["Succeed", "Fail"]);

export function stateGraph(definition: AslDefinition): StateGraph {
  const names = Object.keys(definition.States);
  const nodes: GraphNode[] = [
    { id: START_ID, kind: "start", label: "Start" },
    ...names.map((name) => ({
      id: name,
      kind: "state" as const,
      label: name,
      stateType: definition.States[name]?.Type,
    })),
    { id: END_ID, kind: "end", label: "End" },
  ];
  const edges: GraphEdge[] = [{ from: START_ID, to: definition.StartAt, kind: "next" }];
  for (const name of names) {
    const state = definition.States[name];
    if (state) edges.push(...transitions(name, state));
  }
  const known = new Set(nodes.map((node) => node.id));
  const dangling = edges.find((edge) => !known.has(edge.to));
  if (dangling) throw new Error(`state "${dangling.from}" goes to unknown state "${dangling.to}"`);
  return { nodes, edges: unique(edges) };
}

function transitions(name: string, state: AslState): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const choice of state.Choices ?? []) edges.push({ from: name, to: choice.Next, kind: "choice" });
  if (state.Default) edges.push({ from: name, to: state.Default, kind: "default" });
  if (state.Next) edges.push({ from: name, to: state.Next, kind: "next" });
  if (state.End || TERMINAL_TYPES.has(state.Type)) edges.push({ from: name, to: END_ID, kind: "next" });
  for (const rule of state.Catch ?? []) {
    edges.push({ from: name, to: rule.Next, kind: "catch", errors: rule.ErrorEquals });
  }
  return edges;
}

/**
 * One edge per pair and kind: two Catch rules to the same state are one dashed line (their errors
 * joined), and a Catch to where Next already goes still shows as a Catch.
 */
function unique(edges: GraphEdge[]): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const key = `${edge.from}\u0001${edge.to}\u0001${edge.kind}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...edge });
    else if (edge.errors) seen.errors = [...(seen.errors ?? []), ...edge.errors];
  }
  return [...byKey.values()];
}
