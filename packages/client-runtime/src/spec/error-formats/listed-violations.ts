import type { Violation } from "./types.js";

/**
 * The most problems one error body lists. A request can break thousands of rules (a form of
 * 60 000 unknown fields); past this many, a body only counts the rest, so it stays small.
 */
export const MAX_LISTED_VIOLATIONS = 100;

/** The violations a body lists, and how many it leaves out. */
export function listedViolations(violations: readonly Violation[]): {
  listed: readonly Violation[];
  omitted: number;
} {
  return {
    listed: violations.slice(0, MAX_LISTED_VIOLATIONS),
    omitted: Math.max(0, violations.length - MAX_LISTED_VIOLATIONS),
  };
}
