import type { Execution, ExecutionRegistry } from "./executions";

/**
 * Read-only JSON views for people (`GET /executions`, `GET /executions/<name>`), standing in for
 * the console's execution list and event view.
 */
export function executionsPage(
  path: string,
  registry: ExecutionRegistry,
): { status: number; body: object } | undefined {
  if (path === "/executions" || path === "/executions/") {
    return { status: 200, body: { executions: registry.list().map(overview) } };
  }
  if (!path.startsWith("/executions/")) return undefined;
  const name = decodeURIComponent(path.slice("/executions/".length));
  const execution = registry.findByName(name);
  if (!execution) return { status: 404, body: { message: `No execution named '${name}'` } };
  return { status: 200, body: details(execution) };
}

function overview(execution: Execution) {
  return {
    name: execution.name,
    status: execution.status,
    startDate: execution.startDate.toISOString(),
    stopDate: execution.stopDate?.toISOString(),
  };
}

function details(execution: Execution) {
  return {
    ...overview(execution),
    executionArn: execution.executionArn,
    input: parseJson(execution.input),
    output: execution.output === undefined ? undefined : parseJson(execution.output),
    error: execution.error,
    cause: execution.cause,
    history: execution.history.map((event) => ({
      timestamp: event.timestamp.toISOString(),
      type: event.type,
      state: event.stateName,
    })),
  };
}

/** Shown as JSON rather than as an escaped string, since a person reads it. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
