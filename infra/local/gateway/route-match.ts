import type { RouteDefinition } from "#api/routes";
import { problems } from "#shared/problem";

/** A route of the route table with its path template as a regular expression. */
export interface CompiledRoute {
  id: string;
  route: RouteDefinition;
  pattern: RegExp;
  parameterNames: string[];
}

export function compileRoutes(routes: Record<string, RouteDefinition>): CompiledRoute[] {
  return Object.entries(routes).map(([id, route]) => {
    const parameterNames: string[] = [];
    const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      parameterNames.push(name);
      return "([^/]+)";
    });
    return { id, route, pattern: new RegExp(`^${source}$`), parameterNames };
  });
}

/** The route a request goes to, as the HTTP API picks it: 404 for a path no route has, 405 for a path whose routes take other methods. */
export function matchRoute(
  compiled: readonly CompiledRoute[],
  method: string | undefined,
  path: string,
): CompiledRoute {
  const onPath = compiled.filter((r) => r.pattern.test(path));
  const match = onPath.find((r) => r.route.method === method);
  if (match) return match;
  throw onPath.length > 0
    ? problems.methodNotAllowed(`${path} accepts ${onPath.map((r) => r.route.method).join(", ")}.`)
    : problems.notFound(`No route for ${method} ${path}.`);
}

/** The matched route's path parameters, percent-decoded. */
export function pathParametersOf(match: CompiledRoute, path: string): Record<string, string> {
  const values = match.pattern.exec(path)?.slice(1) ?? [];
  return Object.fromEntries(match.parameterNames.map((n, i) => [n, decodePathValue(n, values[i] ?? "")]));
}

/** A path parameter, percent-decoded; broken escapes (`%`, `%zz`, bytes that are no UTF-8) are the client's fault. */
function decodePathValue(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw problems.validation([{ field: `path.${name}`, message: "is not valid percent-encoded UTF-8" }]);
  }
}
