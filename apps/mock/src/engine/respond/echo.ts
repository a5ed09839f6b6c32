/** A JSON Schema as Prism hands it over (dereferenced). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: unknown;
}

/**
 * The documented response with the caller's update applied: each request field (body or path
 * parameter) that names a response property, matched without regard to case or `_`, replaces
 * the example's value where the response schema admits it. Objects are rebuilt field by field
 * from the properties the schema lists, leaving out read-only and write-only ones. A path
 * parameter `<thing>_id` (or `thingId`) with no property of its own sets `id`, and the links that
 * named the example's identifier name the caller's. Values the schema would reject are left out,
 * so the answer still validates.
 */
export function echoUpdate(
  example: unknown,
  responseSchema: JsonSchema | undefined,
  body: unknown,
  pathParams: Record<string, string>,
): unknown {
  if (!isObject(example) || !responseSchema?.properties) return example;
  const echoed = mergeInto(example, responseSchema, isObject(body) ? body : {});
  const properties = propertiesByKey(responseSchema);
  const segments = new Map<string, string>();
  for (const [name, raw] of Object.entries(pathParams)) {
    const target =
      properties.get(propertyKey(name)) ??
      (IDENTIFIER_PARAM.test(name) ? properties.get("id") : undefined);
    if (!target) continue;
    const value = coerce(raw, target.schema);
    if (!admits(target.schema, value)) continue;
    const previous = example[target.name];
    if (typeof previous === "string" || typeof previous === "number") {
      segments.set(String(previous), raw);
    }
    echoed[target.name] = value;
  }
  return segments.size > 0 ? withLinkSegments(echoed, segments) : echoed;
}

/**
 * The example's self links (`url`, `links`) name its own identifiers as path segments; they are
 * the caller's once the identifiers are echoed, as the vendor's links name the updated resource.
 * What names none of them is handed back as it is.
 */
function withLinkSegments(value: unknown, segments: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") {
    return namesAny(value, segments) ? withSegmentsReplaced(value, segments) : value;
  }
  if (!mayHoldLinks(value)) return value;
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    value.forEach((item, index) => {
      const linked = withLinkSegments(item, segments);
      if (linked !== item) (items ??= [...value])[index] = linked;
    });
    return items ?? value;
  }
  // Copied only once something in it changes: most of an answer names no identifier.
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const name of Object.keys(object)) {
    const item = object[name];
    const linked = withLinkSegments(item, segments);
    if (linked !== item) (copy ??= { ...object })[name] = linked;
  }
  return copy ?? object;
}

// The documented answers' frozen parts never change: whether they hold a link is asked once.
const holdsLinks = new WeakMap<object, boolean>();

/** Whether the value is an object or list with a string holding a `/` somewhere in it. */
function mayHoldLinks(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const known = holdsLinks.get(value);
  if (known !== undefined) return known;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  const holds = items.some((item) =>
    typeof item === "string" ? item.includes("/") : mayHoldLinks(item),
  );
  if (Object.isFrozen(value)) holdsLinks.set(value, holds);
  return holds;
}

/**
 * The text with each path segment the map names replaced, percent-encoded: a segment is a run of
 * characters other than `/`, `?` and `#` that follows a `/` (in the query and fragment too).
 */
function withSegmentsReplaced(text: string, segments: ReadonlyMap<string, string>): string {
  let replaced = "";
  let copiedTo = 0;
  for (let slash = text.indexOf("/"); slash >= 0;) {
    const start = slash + 1;
    let end = start;
    while (end < text.length && !SEGMENT_END.has(text.charCodeAt(end))) end += 1;
    const replacement = end > start ? segments.get(text.slice(start, end)) : undefined;
    if (replacement !== undefined) {
      replaced += text.slice(copiedTo, start) + encodeURIComponent(replacement);
      copiedTo = end;
    }
    slash = text.indexOf("/", end);
  }
  return copiedTo === 0 ? text : replaced + text.slice(copiedTo);
}

// `/`, `?` and `#`.
const SEGMENT_END = new Set([47, 63, 35]);

/** Whether the text may have one of the segments after a `/` (most strings have no `/`). */
function namesAny(text: string, segments: ReadonlyMap<string, string>): boolean {
  if (!text.includes("/")) return false;
  for (const segment of segments.keys()) if (text.includes(segment)) return true;
  return false;
}

/** `campaign_id`, `channelId`: a path parameter that names the resource's `id`. */
export const IDENTIFIER_PARAM = /(?:_id|[a-z]Id)$/;

function mergeInto(
  example: Record<string, unknown>,
  schema: JsonSchema,
  update: Record<string, unknown>,
) {
  const merged: Record<string, unknown> = { ...example };
  const properties = propertiesByKey(schema);
  for (const name of Object.keys(update)) {
    const value = update[name];
    const target = properties.get(propertyKey(name));
    // A read-only field is the server's to set; a write-only one (a secret) is never returned.
    if (!target || target.schema.readOnly || target.schema.writeOnly) continue;
    const objectSchema = isObject(value) ? objectAlternative(target.schema) : undefined;
    if (objectSchema) {
      // Rebuilt field by field, so nothing the schema does not list (or marks write-only) slips in.
      const current = merged[target.name];
      merged[target.name] = mergeInto(
        isObject(current) ? current : {},
        objectSchema,
        value as Record<string, unknown>,
      );
    } else if (Array.isArray(value)) {
      const list = echoedList(target.schema, value);
      if (list) merged[target.name] = list;
    } else if (admits(target.schema, value)) {
      merged[target.name] = value;
    }
  }
  return merged;
}

/** The schema, or its `anyOf`/`oneOf` branch, that describes an object with listed properties. */
export function objectAlternative(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  return (schema.anyOf ?? schema.oneOf)?.find((alternative) => alternative.properties);
}

type PropertiesByKey = Map<string, { name: string; schema: JsonSchema }>;

// Prism hands over the same schema objects on every request, so each is indexed once.
const indexed = new WeakMap<JsonSchema, PropertiesByKey>();

export function propertiesByKey(schema: JsonSchema): PropertiesByKey {
  let properties = indexed.get(schema);
  if (!properties) {
    properties = new Map(
      Object.entries(schema.properties ?? {}).map(([name, propertySchema]) => [
        propertyKey(name),
        { name, schema: propertySchema },
      ]),
    );
    indexed.set(schema, properties);
  }
  return properties;
}

/** `interaction_sid`, `InteractionSid` and `interactionSid` are one name. */
export function propertyKey(name: string): string {
  let key = propertyKeys.get(name);
  if (key === undefined) {
    key = name.replace(/[^a-z0-9]/gi, "").toLowerCase();
    // A stranger's body can bring endless names: past the cap, keys are not kept.
    if (propertyKeys.size < MAX_PROPERTY_KEYS) propertyKeys.set(name, key);
  }
  return key;
}

// Keys by name: a spec's property names are few, and every update's fields ask again.
const propertyKeys = new Map<string, string>();
const MAX_PROPERTY_KEYS = 4096;

/** Whether the schema's type, enum and const allow the value (deeper rules are the example's). */
export function admits(schema: JsonSchema, value: unknown): boolean {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.some((alternative) => admits(alternative, value));
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) return false;
  if ("const" in schema && schema.const !== value) return false;
  if (schema.type === undefined) return !isObject(value);
  const type = jsonType(value);
  return hasType(schema.type, type) || (type === "integer" && hasType(schema.type, "number"));
}

function hasType(types: string | string[], type: string): boolean {
  return Array.isArray(types) ? types.includes(type) : types === type;
}

/**
 * A list of objects, each rebuilt as objects are (only the properties the response's items
 * list, never a write-only one), or nothing when an item then lacks a property the response's
 * items require: a request's new items are not yet the stored ones, which carry ids.
 */
function echoedList(schema: JsonSchema, list: readonly unknown[]): unknown[] | undefined {
  const items = ((schema.anyOf ?? schema.oneOf)?.find((branch) => branch.items) ?? schema).items;
  if (!admits(schema, list)) return undefined;
  if (!items) return [...list];
  const itemObject = objectAlternative(items);
  const rebuilt = list.map((item) =>
    isObject(item) && itemObject ? mergeInto({}, itemObject, item) : item,
  );
  const complete = rebuilt.every((item) =>
    isObject(item) && itemObject
      ? (itemObject.required ?? []).every((name) => name in item)
      : admits(items, item),
  );
  return complete ? rebuilt : undefined;
}

function coerce(raw: string, schema: JsonSchema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return /^-?\d+$/.test(raw) && (types.includes("integer") || types.includes("number"))
    ? Number(raw)
    : raw;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
