import type { Difference, DifferenceKind } from "./difference.js";
import { sameValue, viewSchema, type SchemaNode, type SchemaView } from "./schema-view.js";

/** Request or response: only a request difference can be breaking. */
export type Side = "request" | "response";

/** The two documents and which side of the operation is being compared. */
export interface Comparison {
  readonly ours: unknown;
  readonly upstream: unknown;
  readonly side: Side;
}

// Deep enough for any real body; stops runaway recursion through huge vendor schemas.
const MAX_DEPTH = 32;

/** Every difference between two schemas at `location`, their properties and items included. */
export function compareSchemas(
  comparison: Comparison,
  ours: SchemaNode,
  upstream: SchemaNode,
  location: string,
  depth = 0,
): Difference[] {
  const a = viewSchema(comparison.ours, ours);
  const b = viewSchema(comparison.upstream, upstream);
  const request = comparison.side === "request";
  const differences: Difference[] = [];
  const add = (kind: DifferenceKind, mine: unknown, theirs: unknown, breaking: boolean) =>
    differences.push({
      location,
      kind,
      ours: mine,
      upstream: theirs,
      breaking: request && breaking,
    });

  const typesOf = (view: SchemaView) => (view.types ? [...view.types].sort() : undefined);
  const [oursTypes, upstreamTypes] = [typesOf(a), typesOf(b)];
  if (!sameValue(oursTypes, upstreamTypes)) {
    // A vendor schema with no type and no structure describes nothing (code generators emit `{}`
    // for a JSON field they do not model): a type we state there is a reading, not a refusal.
    const refused =
      !oursTypes || !upstreamTypes
        ? !!oursTypes && !undescribed(b)
        : upstreamTypes.some((type) => !accepts(a, type));
    add("type", oursTypes ?? "any", upstreamTypes ?? "any", refused);
  }
  if (a.nullable !== b.nullable) add("nullable", a.nullable, b.nullable, b.nullable);
  compareValues(a, b, add);
  compareConstraints(a, b, add);

  if (depth >= MAX_DEPTH || a.cycle || b.cycle) return differences;
  const names = new Set([...a.properties.keys(), ...b.properties.keys()]);
  for (const name of names) {
    const at = `${location}.${name}`;
    const [mine, theirs] = [a.properties.get(name), b.properties.get(name)];
    if (!theirs) {
      differences.push({
        location: at,
        kind: "field-missing-upstream",
        ours: "present",
        upstream: undefined,
        breaking: false,
      });
      continue;
    }
    if (!mine) {
      differences.push({
        location: at,
        kind: "field-missing-ours",
        ours: undefined,
        upstream: "present",
        breaking: request,
      });
      continue;
    }
    const [requiredHere, requiredThere] = [a.required.has(name), b.required.has(name)];
    if (requiredHere !== requiredThere) {
      differences.push({
        location: at,
        kind: "required",
        ours: requiredHere,
        upstream: requiredThere,
        breaking: request && requiredHere,
      });
    }
    differences.push(...compareSchemas(comparison, mine, theirs, at, depth + 1));
  }
  if (a.items && b.items) {
    differences.push(...compareSchemas(comparison, a.items, b.items, `${location}[]`, depth + 1));
  }
  return differences;
}

type Add = (kind: DifferenceKind, ours: unknown, upstream: unknown, breaking: boolean) => void;

function compareValues(a: SchemaView, b: SchemaView, add: Add): void {
  if (!a.values && !b.values) return;
  const missing = (from: readonly unknown[], what: readonly unknown[] | undefined) =>
    what ? from.filter((value) => !what.some((other) => sameValue(value, other))) : [];
  // Only ours lists values: ours is narrower than the vendor's open field.
  if (a.values && !b.values) return add("enum-missing-upstream", a.values, "any value", true);
  if (!a.values && b.values) return add("enum-missing-ours", "any value", b.values, false);
  const onlyOurs = missing(a.values ?? [], b.values);
  const onlyUpstream = missing(b.values ?? [], a.values);
  if (onlyOurs.length > 0) add("enum-missing-upstream", onlyOurs, undefined, false);
  if (onlyUpstream.length > 0) add("enum-missing-ours", undefined, onlyUpstream, true);
}

/** A lower bound higher in ours, an upper bound lower, or a rule only ours has, is stricter. */
function compareConstraints(a: SchemaView, b: SchemaView, add: Add): void {
  for (const key of [
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
  ] as const) {
    const [mine, theirs] = [a.constraints[key], b.constraints[key]];
    if (sameValue(mine, theirs)) continue;
    // Formats such as `password` only annotate: no validator refuses a value for them.
    let stricter = theirs === undefined && (key !== "format" || CHECKED_FORMATS.has(String(mine)));
    if (typeof mine === "number" && typeof theirs === "number") {
      stricter = key.startsWith("min") ? mine > theirs : mine < theirs;
    }
    add(key, mine, theirs, mine !== undefined && stricter);
  }
}

/** The formats a validator checks (ajv-formats' list, less the annotation-only ones). */
const CHECKED_FORMATS: ReadonlySet<string> = new Set([
  "date",
  "time",
  "date-time",
  "iso-time",
  "iso-date-time",
  "duration",
  "uri",
  "uri-reference",
  "uri-template",
  "url",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "regex",
  "uuid",
  "json-pointer",
  "json-pointer-uri-fragment",
  "relative-json-pointer",
  "byte",
  "int32",
  "int64",
  "float",
  "double",
]);

function undescribed(view: SchemaView): boolean {
  return (
    !view.types &&
    !view.values &&
    !view.items &&
    view.properties.size === 0 &&
    Object.values(view.constraints).every((value) => value === undefined)
  );
}

function accepts(view: SchemaView, type: string): boolean {
  return !view.types || view.types.has(type) || (type === "integer" && view.types.has("number"));
}
