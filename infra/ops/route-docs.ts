import type { RouteDefinition } from "#api/routes";

/** The README's API table is generated from the route table, never edited by hand. */
export function renderRouteTable(routes: Record<string, RouteDefinition>): string {
  const rows = Object.values(routes).map(
    (r) =>
      `| \`${r.method}\` | \`${r.path}\` | ${r.groups === "public" ? "anyone" : r.groups.join(", ")} | ${r.summary} |`,
  );
  return ["| method | path | groups | what it does |", "|---|---|---|---|", ...rows].join("\n");
}

const START = "<!-- routes:start -->";
const END = "<!-- routes:end -->";

export function withRouteTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
