import type { RequestIssue } from "@switchboard/client-runtime";

/**
 * Deepest nesting an update's input may have, `{ path, query, body }` itself being level 1:
 * far beyond any documented body, and shallow enough that no later step can overflow the stack.
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * Why an input has no snapshot, and which rule. Where (a JSON Pointer) is built only when one
 * is thrown: each level it passes through on the way out puts its name in front.
 */
class InputProblem {
  readonly names: string[] = [];
  constructor(
    readonly rule: string,
    readonly message: string,
  ) {}

  get issue(): RequestIssue {
    const path = this.names.map((name) => `/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    return { path: path.join("") || "/", rule: this.rule, message: this.message };
  }
}

function problem(rule: string, message: string): InputProblem {
  return new InputProblem(rule, message);
}

/** What was thrown below the child `name`: a problem gains the name, anything else is unreadable. */
function under(name: string, thrown: unknown): InputProblem {
  const found = thrown instanceof InputProblem ? thrown : problem("unreadable", UNREADABLE);
  found.names.unshift(name);
  return found;
}

const UNREADABLE = "could not be read: a getter, proxy or toJSON threw";

/**
 * A plain copy of an update's input, read the way `JSON.stringify` reads it (`toJSON` called,
 * `undefined`, functions and symbols left out of objects and `null` in arrays, non-finite
 * numbers `null`, boxed primitives unboxed), or the issue that stops it: a value that contains
 * itself (`cycle`), nesting past {@link MAX_INPUT_DEPTH} (`maxDepth`), a getter, proxy or
 * `toJSON` that throws (`unreadable`), a BigInt (`type`). Everything after validation, secret
 * scans and sending reads the copy, so the caller's objects are read exactly once.
 */
export function snapshotInput(
  input: unknown,
): { readonly value: unknown } | { readonly issue: RequestIssue } {
  try {
    return { value: plain(input, "", new Set(), 0) };
  } catch (thrown) {
    if (thrown instanceof InputProblem) return { issue: thrown.issue };
    throw thrown;
  }
}

// Every read of the caller's objects sits in a try: a getter, proxy or toJSON may throw.
function plain(given: unknown, key: string, ancestors: Set<object>, depth: number): unknown {
  let value = given;
  if ((typeof given === "object" && given !== null) || typeof given === "bigint") {
    try {
      const json = (given as { toJSON?: unknown }).toJSON;
      if (typeof json === "function") value = json.call(given, key);
    } catch {
      throw problem("unreadable", UNREADABLE);
    }
  }
  if (typeof value === "bigint") {
    throw problem("type", "is a BigInt, which JSON cannot carry");
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return plain(value.valueOf(), key, ancestors, depth);
  }
  if (ancestors.has(value)) throw problem("cycle", "contains itself");
  if (depth >= MAX_INPUT_DEPTH) {
    throw problem("maxDepth", `is nested deeper than ${MAX_INPUT_DEPTH} levels`);
  }
  ancestors.add(value);
  const copy = Array.isArray(value)
    ? plainArray(value, ancestors, depth)
    : plainObject(value as Record<string, unknown>, ancestors, depth);
  ancestors.delete(value);
  return copy;
}

function plainArray(array: readonly unknown[], ancestors: Set<object>, depth: number): unknown[] {
  let length: number;
  try {
    length = array.length;
  } catch {
    throw problem("unreadable", UNREADABLE);
  }
  const copy = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) {
    const name = String(index);
    let plainItem: unknown;
    try {
      plainItem = plain(array[index], name, ancestors, depth + 1);
    } catch (thrown) {
      throw under(name, thrown);
    }
    copy[index] = isLeftOut(plainItem) ? null : plainItem;
  }
  return copy;
}

function plainObject(
  object: Readonly<Record<string, unknown>>,
  ancestors: Set<object>,
  depth: number,
): Record<string, unknown> {
  let names: string[];
  try {
    names = Object.keys(object);
  } catch {
    throw problem("unreadable", UNREADABLE);
  }
  const copy: Record<string, unknown> = {};
  for (const name of names) {
    let plainItem: unknown;
    try {
      plainItem = plain(object[name], name, ancestors, depth + 1);
    } catch (thrown) {
      throw under(name, thrown);
    }
    if (isLeftOut(plainItem)) continue;
    // A `__proto__` key is data, as JSON.parse makes it, never the copy's prototype.
    if (name === "__proto__") {
      Object.defineProperty(copy, name, {
        value: plainItem,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else copy[name] = plainItem;
  }
  return copy;
}

/** What JSON has no form for: left out of an object, `null` in an array. */
function isLeftOut(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}
