/**
 * Table-friendly mutations of a fixture: a tiny subset of JSON Patch (RFC 6902) that refuses to
 * do anything silently. `replace` and `remove` need the target to exist and `add` needs it to be
 * absent, so a typo in a test's path fails the test instead of mutating nothing.
 */
import { pointerTokens } from "@switchboard/client-runtime/spec";

export type Change =
  | { op: "replace"; path: string; value: unknown }
  | { op: "add"; path: string; value: unknown }
  | { op: "remove"; path: string };

type Container = Record<string, unknown> | unknown[];

function tokens(path: string): string[] {
  if (!path.startsWith("/")) throw new Error(`not a JSON Pointer: "${path}"`);
  return pointerTokens(path);
}

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function has(container: Container, key: string): boolean {
  return Array.isArray(container)
    ? /^\d+$/.test(key) && Number(key) < container.length
    : Object.prototype.hasOwnProperty.call(container, key);
}

function applyOne(root: unknown, change: Change): void {
  const path = tokens(change.path);
  const key = path.pop();
  if (key === undefined) throw new Error("cannot change the whole document");
  let parent: unknown = root;
  for (const token of path) {
    if (!isContainer(parent) || !has(parent, token)) {
      throw new Error(`${change.op} ${change.path}: no "${token}" on the way`);
    }
    parent = (parent as Record<string, unknown>)[token];
  }
  if (!isContainer(parent))
    throw new Error(`${change.op} ${change.path}: parent is not a container`);
  const exists = has(parent, key);
  if (change.op === "add" ? exists : !exists) {
    throw new Error(`${change.op} ${change.path}: target ${exists ? "exists" : "is missing"}`);
  }
  if (change.op === "remove") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    (parent as Record<string, unknown>)[key] = change.value;
  }
}

/** A deep copy of `value` with the changes applied in order; `value` itself is untouched. */
export function mutated<T>(value: T, ...changes: Change[]): T {
  const copy = structuredClone(value);
  for (const change of changes) applyOne(copy, change);
  return copy;
}
