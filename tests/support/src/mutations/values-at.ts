/** Reading and changing a value inside a JSON body by its path of keys and indexes. */
import { isObject } from "@switchboard/client-runtime/spec";

import type { Segment } from "./types.js";

export function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return node;
}

export function setValueAt(root: unknown, path: readonly Segment[], value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (typeof parent !== "object" || parent === null) {
    throw new Error(`no container at /${path.slice(0, -1).join("/")}`);
  }
  (parent as Record<Segment, unknown>)[path[path.length - 1]!] = value;
}

export function removeValueAt(root: unknown, path: readonly Segment[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  if (isObject(parent)) delete parent[String(path[path.length - 1])];
}
