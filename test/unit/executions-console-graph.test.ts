import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRepositoryRoot } from "#infra/repository";
import { FOLLOW_UP_DEFINITION_FILE } from "#infra/state-machines";
import { type AslDefinition, END_ID, START_ID, stateGraph } from "../../web/console/asl-graph";
import { type Box, layoutGraph, nodeSize } from "../../web/console/graph-layout";

const followUp = JSON.parse(
  readFileSync(fromRepositoryRoot(FOLLOW_UP_DEFINITION_FILE), "utf8"),
) as AslDefinition;

const edgesFrom = (graph: ReturnType<typeof stateGraph>, from: string) =>
  graph.edges.filter((edge) => edge.from === from).map(({ to, kind }) => `${kind}:${to}`);

describe("the graph of an ASL definition", () => {
  it("has Start, every state of the follow-up machine and End", () => {
    const graph = stateGraph(followUp);
    expect(graph.nodes.map((node) => node.label)).toEqual(["Start", ...Object.keys(followUp.States), "End"]);
    expect(graph.nodes.find((node) => node.id === "Wait 3 days")?.stateType).toBe("Wait");
  });

  it("draws Next, Catch and the way to End from the file", () => {
    const graph = stateGraph(followUp);
    expect(edgesFrom(graph, START_ID)).toEqual(["next:Send support reply"]);
    expect(edgesFrom(graph, "Send support reply")).toEqual([
      "next:Wait 3 days",
      "catch:Record e-mail failure",
    ]);
    expect(edgesFrom(graph, "Claim follow-up 1")).toEqual([
      "next:Send follow-up 1",
      "catch:No longer waiting on this reply",
    ]);
    expect(edgesFrom(graph, "Follow-ups complete")).toEqual([`next:${END_ID}`]);
    expect(edgesFrom(graph, "Follow-up e-mail failed")).toEqual([`next:${END_ID}`]);
    // Next and Catch to the same state are two edges: the console shows both.
    expect(edgesFrom(graph, "Record e-mail failure")).toEqual([
      "next:Follow-up e-mail failed",
      "catch:Follow-up e-mail failed",
    ]);
    expect(graph.edges.find((edge) => edge.kind === "catch")?.errors).toEqual(["States.ALL"]);
  });

  it("draws a Choice's rules and Default, End: true, and joins Catch rules to one state", () => {
    const graph = stateGraph({
      StartAt: "Pick",
      States: {
        Pick: { Type: "Choice", Choices: [{ Next: "A" }, { Next: "B" }], Default: "B" },
        A: {
          Type: "Task",
          End: true,
          Catch: [
            { ErrorEquals: ["X"], Next: "B" },
            { ErrorEquals: ["Y"], Next: "B" },
          ],
        },
        B: { Type: "Pass", End: true },
      },
    });
    expect(edgesFrom(graph, "Pick")).toEqual(["choice:A", "choice:B", "default:B"]);
    expect(edgesFrom(graph, "A")).toEqual([`next:${END_ID}`, "catch:B"]);
    expect(graph.edges.find((edge) => edge.kind === "catch")?.errors).toEqual(["X", "Y"]);
  });

  it("refuses a transition to a state that does not exist", () => {
    expect(() => stateGraph({ StartAt: "A", States: { A: { Type: "Pass", Next: "Nowhere" } } })).toThrow(
      /unknown state "Nowhere"/,
    );
  });
});

describe("the layout of the graph", () => {
  const layout = layoutGraph(stateGraph(followUp));
  const overlap = (a: Box, b: Box) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

  it("places every node inside the drawing, none on another", () => {
    expect(layout.nodes).toHaveLength(Object.keys(followUp.States).length + 2);
    for (const node of layout.nodes) {
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
      expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.label} / ${b.label}`).toBe(false);
  });

  it("runs top to bottom along the happy path, Start first and a box wide enough for each name", () => {
    const y = (id: string) => layout.nodes.find((node) => node.id === id)?.y ?? Number.NaN;
    const path = [START_ID, "Send support reply", "Wait 3 days", "Claim follow-up 1", "Send follow-up 1"];
    for (const [i, id] of path.slice(1).entries()) expect(y(id)).toBeGreaterThan(y(path[i] ?? ""));
    const longest = layout.nodes.find((node) => node.id === "Mark no response after follow-ups");
    expect(longest?.width).toBe(nodeSize({ id: "", kind: "state", label: longest?.label ?? "" }).width);
    expect(longest?.width).toBeGreaterThan(33 * 7);
  });

  it("gives every edge a route from its source to its target", () => {
    expect(layout.edges).toHaveLength(stateGraph(followUp).edges.length);
    for (const edge of layout.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      const to = layout.nodes.find((node) => node.id === edge.to);
      const last = edge.points.at(-1);
      // dagre ends an edge on the target's border.
      expect(Math.abs((last?.y ?? 0) - (to?.y ?? 0))).toBeLessThanOrEqual((to?.height ?? 0) / 2 + 1);
    }
  });
});
