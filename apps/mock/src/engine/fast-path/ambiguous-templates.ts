import { prismPathMatching } from "../../prism/prism-internals.js";
import type { PrismOperation } from "../vendor.js";

/**
 * Whether some request path could match both templates, as Prism's router compares them: paths
 * of the same number of segments where every pair of fixed segments is equal. A segment with a
 * parameter in either template may match anything (the conservative reading), so only two fixed
 * segments that differ keep the templates apart.
 */
export function mayOverlap(template: string, other: string): boolean {
  const segments = template.split("/");
  const others = other.split("/");
  if (segments.length !== others.length) return false;
  return segments.every((segment, index) => {
    const theirs = others[index] ?? "";
    if (prismPathMatching.isTemplated(segment) || prismPathMatching.isTemplated(theirs))
      return true;
    return segment === theirs;
  });
}

/**
 * Whether Prism's router could hand a request this operation matches to another operation of
 * the same method (it picks among them by its own ranking, not the engine's route order).
 */
export function hasAmbiguousTemplate(
  operation: PrismOperation,
  operations: readonly PrismOperation[],
): boolean {
  const method = operation.method.toLowerCase();
  return operations.some(
    (other) =>
      other !== operation &&
      other.method.toLowerCase() === method &&
      mayOverlap(operation.path, other.path),
  );
}
