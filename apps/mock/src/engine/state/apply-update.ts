import {
  admits,
  echoUpdate,
  isObject,
  objectAlternative,
  propertiesByKey,
  propertyKey,
  type JsonSchema,
} from "../respond/echo.js";
import type { UpdateSemantics } from "./update-semantics.js";

/**
 * The resource after one update: echo's mapping of the request onto the response schema (names
 * matched without regard to case or `_`, only values the schema admits, never a read-only or
 * write-only field), applied to the stored resource instead of the example. A replacing update
 * first drops what the body leaves out; with `append`, the body's top-level lists are added to
 * the stored lists.
 */
export function applyUpdate(
  current: unknown,
  semantics: UpdateSemantics,
  body: unknown,
  pathParams: Record<string, string>,
  append: boolean,
): unknown {
  if (!isObject(current)) return current;
  const { responseSchema, requestSchema } = semantics;
  const update = isObject(body) ? body : {};
  const base =
    semantics.style === "replace"
      ? replacedBase(current, responseSchema, requestSchema, update)
      : current;
  const updated = echoUpdate(base, responseSchema, update, pathParams);
  return append && isObject(updated)
    ? withAppendedLists(base, updated, responseSchema, update)
    : updated;
}

/** Whether the request asks for its lists to be appended (`?append=true`). */
export function appendRequested(
  semantics: UpdateSemantics,
  query: Readonly<Record<string, string | string[]>>,
): boolean {
  if (semantics.appendParameter === undefined) return false;
  const value = query[semantics.appendParameter];
  return (Array.isArray(value) ? value.at(-1) : value) === "true";
}

/**
 * What a replacing body is applied to: the stored fields the body cannot take away. Those are
 * the server's (read-only, or a property the request schema does not have: ids, timestamps,
 * counters), fields the body sends (replaced by the merge, or kept where a value cannot be
 * stored), and fields the response requires. A field left out that the request schema gives a
 * default takes the default, as the server's model fills it in. Objects the body sends are
 * replaced the same way, one level down.
 */
function replacedBase(
  stored: Record<string, unknown>,
  schema: JsonSchema,
  requestSchema: JsonSchema | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const requestProperties = requestSchema?.properties ? propertiesByKey(requestSchema) : new Map();
  const sent = new Map(Object.entries(body).map(([name, value]) => [propertyKey(name), value]));
  const required = new Set(schema.required ?? []);
  const base: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stored)) {
    const property = schema.properties?.[name];
    const requestProperty = requestProperties.get(propertyKey(name));
    if (!property || property.readOnly || !requestProperty) {
      base[name] = value;
    } else if (sent.has(propertyKey(name))) {
      const sentValue = sent.get(propertyKey(name));
      const objectSchema = objectAlternative(property);
      base[name] =
        isObject(sentValue) && isObject(value) && objectSchema
          ? replacedBase(value, objectSchema, objectAlternative(requestProperty.schema), sentValue)
          : value;
    } else if (required.has(name)) {
      base[name] = value;
    }
  }
  const responseProperties = propertiesByKey(schema);
  for (const [key, { schema: requestProperty }] of requestProperties) {
    if (sent.has(key) || requestProperty.default === undefined) continue;
    const target = responseProperties.get(key);
    if (!target || target.schema.readOnly || !admits(target.schema, requestProperty.default))
      continue;
    base[target.name] = structuredClone(requestProperty.default);
  }
  return base;
}

/**
 * Each top-level list the update set, with the stored list before the body's items. A list the
 * update could not set (an item the response schema would refuse) stays as stored.
 */
function withAppendedLists(
  before: Record<string, unknown>,
  updated: Record<string, unknown>,
  schema: JsonSchema,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const properties = propertiesByKey(schema);
  const appended = { ...updated };
  for (const [name, value] of Object.entries(body)) {
    const target = properties.get(propertyKey(name));
    if (!target || !Array.isArray(value)) continue;
    const stored = before[target.name];
    const set = updated[target.name];
    if (set !== stored && Array.isArray(stored) && Array.isArray(set)) {
      appended[target.name] = [...stored, ...set];
    }
  }
  return appended;
}
