import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ROUTES } from "#api/routes";
import * as schemas from "#api/schemas";
import type { RequestInput } from "#shared/request";

const root = new URL("../../", import.meta.url);
const apiFolder = new URL("functions/api/", root);

/** The contract's own modules: they declare the schemas; everything else under functions/api is handler code. */
const CONTRACT = /^(routes|schemas)\.ts$|^(responses|routes)\//;

const handlerCode = readdirSync(apiFolder, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !CONTRACT.test(file))
  .map((file) => ({ file, text: readFileSync(new URL(file, apiFolder), "utf8") }));

const routeSchemas = new Set<unknown>(
  Object.values(ROUTES).flatMap((route) => [
    "params" in route ? route.params : undefined,
    "query" in route ? route.query : undefined,
    "body" in route ? route.body : undefined,
  ]),
);

const FROM_SCHEMAS = String.raw`from\s*"(?:\.\.?/)+(?:api/)?schemas"`;

/** Names a module imports from functions/api/schemas (`import { A, type B as C }`); `*` for the namespace. */
function schemaImports(text: string): string[] {
  const named = text.matchAll(
    new RegExp(String.raw`import\s+(?:type\s+)?\{([^}]*)\}\s*${FROM_SCHEMAS}`, "g"),
  );
  const names = [...named].flatMap(([, list = ""]) =>
    list.split(",").map(
      (name) =>
        name
          .replace(/^\s*type\s+/, "")
          .trim()
          .split(/\s+/)[0] ?? "",
    ),
  );
  const namespace = new RegExp(String.raw`import\s+(?:type\s+)?\*\s+as\s+\w+\s*${FROM_SCHEMAS}`).test(text);
  return [...names.filter(Boolean), ...(namespace ? ["*"] : [])];
}

const exported = new Map<string, unknown>(Object.entries(schemas));

const isRequestSchema = (name: string) =>
  name === "*" || routeSchemas.has(exported.get(name)) || /(Request|Path|Query)$/.test(name);

describe("the route table parses every input", () => {
  it.each(Object.entries(ROUTES))("%s declares exactly the path parameters of its path", (_, route) => {
    const placeholders = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
    const params = "params" in route ? Object.keys(route.params.shape).sort() : [];

    expect(params).toEqual(placeholders);
  });

  it("leaves no handler importing a request schema: apiHandler parses with the route's", () => {
    const offenders = handlerCode.flatMap(({ file, text }) =>
      schemaImports(text)
        .filter(isRequestSchema)
        .map((name) => `${file}: ${name}`),
    );

    expect(handlerCode.length).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });

  it("leaves no handler reading the raw body, path parameters or query string", () => {
    const raw = /\b(event|request)\.(body|pathParameters|queryStringParameters)\b|JSON\.parse\(/;

    expect(handlerCode.filter(({ text }) => raw.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it.each(Object.entries(ROUTES))("%s is served by a handler built from its own route", (id, route) => {
    const entry = readFileSync(new URL(route.entry, root), "utf8");

    expect(entry).toMatch(new RegExp(`(api|public)Handler\\(\\s*${id}Route\\b`));
    // Its own route's module alone, not the whole table (routes.ts) with every route's prose.
    expect(entry).toMatch(new RegExp(`import \\{ ${id}Route \\} from "\\.\\./routes/`));
    expect(entry).not.toMatch(/from "\.\.\/routes"/);
  });

  it("types the handler's input with the schemas' output: transforms and defaults applied", () => {
    type ListCases = RequestInput<typeof ROUTES.listMyCases>;
    expectTypeOf<ListCases["query"]["limit"]>().toEqualTypeOf<number>();
    expectTypeOf<ListCases["query"]["cursor"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RequestInput<typeof ROUTES.getHolidaySchedule>["path"]["year"]>().toEqualTypeOf<number>();
    expectTypeOf<RequestInput<typeof ROUTES.listDownloads>["path"]["serial"]>().toEqualTypeOf<string>();
    expectTypeOf<RequestInput<typeof ROUTES.openCase>["body"]["channel"]>().toEqualTypeOf<
      (typeof schemas.CASE_CHANNELS)[number]
    >();
    // Nothing declared: nothing to read (a property access does not compile).
    expectTypeOf<RequestInput<typeof ROUTES.signOut>>().toEqualTypeOf<{
      path: Record<never, never>;
      query: Record<never, never>;
      body: Record<never, never>;
      headers: Record<never, never>;
    }>();
  });
});
