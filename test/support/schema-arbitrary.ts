import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";

/**
 * A fast-check arbitrary of the values a JSON Schema (2020-12, the dialect of OpenAPI 3.1)
 * admits, for the keywords our API document uses. A keyword it does not know throws when the
 * arbitrary is built: drawing as if the keyword were absent would draw values the schema refuses.
 *
 * Structure is drawn by construction (types, enums, properties, items, unions); strings are drawn
 * from their anchored pattern (fc.stringMatching) or format, or as any code points, then kept only
 * when they meet every length, pattern and format constraint (lengths in code points, patterns with
 * the `u` flag and formats as ajv-formats defines them: what a validator of the document checks).
 */

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

type Node = { readonly [keyword: string]: unknown; readonly [PATTERNS]?: unknown[] };

/** Where a merged allOf keeps its members' patterns (a symbol: no schema keyword can clash). */
const PATTERNS = Symbol("patterns");

/** Keywords that say nothing about which values are valid. */
const ANNOTATIONS = [
  "$schema",
  "$id",
  "$comment",
  "id",
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
];

const STRING = ["minLength", "maxLength", "pattern", "format"];
const NUMBER = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
const ARRAY = ["items", "minItems", "maxItems", "uniqueItems"];
const OBJECT = ["properties", "required", "additionalProperties", "minProperties", "maxProperties"];
const KNOWN = new Set([
  ...ANNOTATIONS,
  ...STRING,
  ...NUMBER,
  ...ARRAY,
  ...OBJECT,
  "type",
  "enum",
  "const",
  "$ref",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
]);

/** Formats a string can be drawn in when no pattern says more. */
const FORMAT_SOURCES: Record<string, () => fc.Arbitrary<string>> = {
  email: () => fc.emailAddress(),
  date: () => isoDate().map((date) => date.toISOString().slice(0, 10)),
  "date-time": () => isoDate().map((date) => date.toISOString()),
  uuid: () => fc.uuid(),
  uri: () => fc.webUrl(),
};

/** Dates JSON Schema's date and date-time formats can write: years 0000 to 9999. */
const isoDate = () =>
  fc.date({
    min: new Date("0000-01-01T00:00:00.000Z"),
    max: new Date("9999-12-31T23:59:59.999Z"),
    noInvalidDate: true,
  });

/**
 * One code point per unit, so that fast-check's lengths are JSON Schema's: mostly printable
 * ASCII, some control characters, the rest of the Basic Multilingual Plane and beyond it.
 */
const codePoint = fc
  .oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }) },
    { weight: 3, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0x10ffff }) },
  )
  .map((code) => String.fromCodePoint(code));

const anyJson = fc.jsonValue({ maxDepth: 2 });

/** `not: {}` (zod's never): a property that must be left out. */
export function isNever(schema: JsonSchema): boolean {
  if (schema === false) return true;
  if (schema === true || Object.keys(schema).some((key) => key !== "not" && !ANNOTATIONS.includes(key)))
    return false;
  const not = schema.not;
  return not === true || (typeof not === "object" && not !== null && Object.keys(not).length === 0);
}

function formatCheck(format: string): (text: string) => boolean {
  const definition = (fullFormats as Record<string, unknown>)[format];
  const test = (rule: unknown) =>
    rule instanceof RegExp
      ? (text: string) => rule.test(text)
      : typeof rule === "function"
        ? (text: string) => Boolean(rule(text))
        : undefined;
  const check = test(definition) ?? test((definition as { validate?: unknown } | undefined)?.validate);
  if (!check) throw new Error(`schemaArbitrary: unknown format "${format}"`);
  return check;
}

class Drawer {
  private readonly following: string[] = [];

  constructor(private readonly root: unknown) {}

  draw(schema: JsonSchema, at: string): fc.Arbitrary<unknown> {
    if (schema === true) return anyJson;
    if (schema === false || isNever(schema)) throw new Error(`${at}: no value is valid here`);
    const unknown = Object.keys(schema).filter((key) => !KNOWN.has(key));
    if (unknown.length > 0) throw new Error(`${at}: unsupported keywords ${unknown.join(", ")}`);
    const own = (keys: string[]) => keys.filter((key) => key in schema && !ANNOTATIONS.includes(key));
    if (schema.$ref !== undefined) {
      if (own(Object.keys(schema)).length > 1) throw new Error(`${at}: $ref with other keywords`);
      return this.reference(String(schema.$ref), at);
    }
    if (schema.allOf !== undefined) return this.draw(mergeAllOf(schema, at), at);
    for (const union of ["oneOf", "anyOf"] as const) {
      const branches = schema[union] as JsonSchema[] | undefined;
      if (branches === undefined) continue;
      if (own(Object.keys(schema)).length > 1) throw new Error(`${at}: ${union} with other keywords`);
      return fc.oneof(...branches.map((branch, index) => this.draw(branch, `${at}/${union}/${index}`)));
    }
    if ("const" in schema) return fc.constant(schema.const);
    if (schema.enum !== undefined) return fc.constantFrom(...(schema.enum as unknown[]));
    if (schema.not !== undefined) throw new Error(`${at}: only not: {} is supported`);
    const types = typesOf(schema, at);
    return types.length === 1
      ? this.typed(types[0] as string, schema, at)
      : fc.oneof(...types.map((type) => this.typed(type, schema, at)));
  }

  private reference(ref: string, at: string): fc.Arbitrary<unknown> {
    if (!ref.startsWith("#/")) throw new Error(`${at}: only local $refs are supported, not ${ref}`);
    if (this.following.includes(ref)) throw new Error(`${at}: recursive schema ${ref}`);
    const target = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.root);
    if (target === undefined) throw new Error(`${at}: ${ref} points at nothing`);
    this.following.push(ref);
    try {
      return this.draw(target as JsonSchema, ref);
    } finally {
      this.following.pop();
    }
  }

  private typed(type: string, schema: Node, at: string): fc.Arbitrary<unknown> {
    switch (type) {
      case "string":
        return stringOf(schema);
      case "integer":
        return integerOf(schema);
      case "number":
        return numberOf(schema);
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array":
        return this.array(schema, at);
      case "object":
        return this.object(schema, at);
      default:
        throw new Error(`${at}: unknown type ${type}`);
    }
  }

  private array(schema: Node, at: string): fc.Arbitrary<unknown[]> {
    const items = schema.items === undefined ? anyJson : this.draw(schema.items as JsonSchema, `${at}/items`);
    const lengths = {
      minLength: schema.minItems as number | undefined,
      maxLength: schema.maxItems as number | undefined,
    };
    return schema.uniqueItems === true
      ? fc.uniqueArray(items, { ...lengths, selector: (item) => JSON.stringify(item) })
      : fc.array(items, lengths);
  }

  private object(schema: Node, at: string): fc.Arbitrary<Record<string, unknown>> {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = (schema.required ?? []) as string[];
    const undeclared = required.filter((name) => !(name in properties));
    if (undeclared.length > 0) throw new Error(`${at}: required but not declared: ${undeclared.join(", ")}`);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (isNever(property) && !required.includes(name)) continue;
      model[name] = this.draw(property, `${at}/properties/${name}`);
    }
    const declared = fc.record(model, { requiredKeys: required });
    const extra = schema.additionalProperties ?? true;
    if (extra === false) return withPropertyCount(declared, schema);
    // Open objects get an undeclared member now and then: the document says they are allowed.
    const extras = fc.dictionary(
      fc.string({ maxLength: 12 }).filter((key) => !Object.hasOwn(properties, key)),
      extra === true
        ? fc.jsonValue({ maxDepth: 1 })
        : this.draw(extra as JsonSchema, `${at}/additionalProperties`),
      { minKeys: 1, maxKeys: 2 },
    );
    const withExtras = fc
      .tuple(declared, fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: extras }))
      .map(([values, more]) => ({ ...more, ...values }));
    return withPropertyCount(withExtras, schema);
  }
}

function withPropertyCount(
  objects: fc.Arbitrary<Record<string, unknown>>,
  schema: Node,
): fc.Arbitrary<Record<string, unknown>> {
  const { minProperties = 0, maxProperties = Number.POSITIVE_INFINITY } = schema as {
    minProperties?: number;
    maxProperties?: number;
  };
  return objects.filter((value) => {
    const count = Object.keys(value).length;
    return count >= minProperties && count <= maxProperties;
  });
}

function typesOf(schema: Node, at: string): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type];
  const inferred = [
    OBJECT.some((key) => key in schema) ? "object" : undefined,
    ARRAY.some((key) => key in schema) ? "array" : undefined,
    STRING.some((key) => key in schema) || schema[PATTERNS] ? "string" : undefined,
    NUMBER.some((key) => key in schema) ? "number" : undefined,
  ].filter((type) => type !== undefined);
  if (inferred.length > 1) throw new Error(`${at}: keywords of several types without a type`);
  return inferred.length === 1 ? inferred : ["string", "number", "boolean", "null", "array", "object"];
}

/** allOf as one schema: its members' keywords together, patterns collected, conflicts refused. */
function mergeAllOf(schema: Node, at: string): Node {
  const { allOf, ...rest } = schema;
  const merged: Record<string, unknown> = { ...rest };
  const patterns: unknown[] = [rest.pattern, ...(rest[PATTERNS] ?? [])].filter((p) => p !== undefined);
  for (const [index, member] of (allOf as JsonSchema[]).entries()) {
    if (typeof member === "boolean") throw new Error(`${at}/allOf/${index}: a boolean schema`);
    for (const [key, value] of Object.entries(member)) {
      if (key === "pattern") patterns.push(value);
      else if (ANNOTATIONS.includes(key)) continue;
      else if (!(key in merged)) merged[key] = value;
      else if (JSON.stringify(merged[key]) !== JSON.stringify(value))
        throw new Error(`${at}/allOf/${index}: ${key} differs from its siblings'`);
    }
  }
  delete merged.pattern;
  return { ...merged, [PATTERNS]: patterns };
}

function stringOf(schema: Node): fc.Arbitrary<string> {
  const patterns = [schema.pattern, ...(schema[PATTERNS] ?? [])]
    .filter((p) => p !== undefined)
    .map((p) => new RegExp(String(p), "u"));
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = schema.maxLength as number | undefined;
  const format = schema.format as string | undefined;
  const formatOk = format ? formatCheck(format) : () => true;
  // Drawn from when it spans the whole string; a pattern open at an end only filters.
  const anchored = patterns.find(({ source }) => source.startsWith("^") && /(^|[^\\])\$$/.test(source));
  const fromFormat = format === undefined ? undefined : FORMAT_SOURCES[format];
  if (format !== undefined && !fromFormat && !anchored)
    throw new Error(`schemaArbitrary: no source for format "${format}"`);
  const source = anchored
    ? fc.stringMatching(anchored)
    : (fromFormat?.() ?? fc.string({ unit: codePoint, minLength, maxLength }));
  return source.filter((text) => {
    const length = [...text].length;
    return (
      length >= minLength &&
      length <= (maxLength ?? Number.POSITIVE_INFINITY) &&
      patterns.every((pattern) => pattern.test(text)) &&
      formatOk(text)
    );
  });
}

function bounds(schema: Node, step: number): { min: number; max: number } {
  const limit = (inclusive: unknown, exclusive: unknown, sign: 1 | -1) => {
    const values = [
      typeof inclusive === "number" ? inclusive : undefined,
      typeof exclusive === "number" ? exclusive + sign * step : undefined,
    ].filter((value) => value !== undefined);
    return values.length === 0 ? undefined : sign === 1 ? Math.max(...values) : Math.min(...values);
  };
  return {
    min: limit(schema.minimum, schema.exclusiveMinimum, 1) ?? Number.MIN_SAFE_INTEGER,
    max: limit(schema.maximum, schema.exclusiveMaximum, -1) ?? Number.MAX_SAFE_INTEGER,
  };
}

function integerOf(schema: Node): fc.Arbitrary<number> {
  const { min, max } = bounds(schema, 1);
  const [low, high] = [Math.ceil(min), Math.floor(max)];
  const int32 = low >= -(2 ** 31) && high <= 2 ** 31 - 1;
  return int32
    ? fc.integer({ min: low, max: high })
    : fc.bigInt({ min: BigInt(low), max: BigInt(high) }).map(Number);
}

function numberOf(schema: Node): fc.Arbitrary<number> {
  return fc.double({
    min:
      typeof schema.minimum === "number" ? schema.minimum : (schema.exclusiveMinimum as number | undefined),
    max:
      typeof schema.maximum === "number" ? schema.maximum : (schema.exclusiveMaximum as number | undefined),
    minExcluded: typeof schema.minimum !== "number" && schema.exclusiveMinimum !== undefined,
    maxExcluded: typeof schema.maximum !== "number" && schema.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/**
 * The values `schema` admits. `root` is the document its `$ref`s point into
 * (`#/components/schemas/…`); by default the schema itself.
 */
export function schemaArbitrary(schema: JsonSchema, root: unknown = schema): fc.Arbitrary<unknown> {
  return new Drawer(root).draw(schema, "#");
}
