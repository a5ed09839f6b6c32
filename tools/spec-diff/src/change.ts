import type { FieldPair } from "./field-pairs.js";

/** One classified difference between a spec and its base. */
export interface Change {
  /** The rule that found it: a focused rule's name, or `openapi-diff:<code>`. */
  rule: string;
  breaking: boolean;
  /** `POST /v1/things/{id}`; undefined for changes to the document as a whole. */
  operation: string | undefined;
  /** `request body (application/json) field color`, `query parameter mode`, ... */
  location: string;
  /** Where to look: in the head document, or in the base one for what was removed. */
  pointer: string;
  message: string;
  /** Other operations / fields where the same schema change shows (a shared component). */
  alsoAt?: string[];
}

/** The `location` of a field pair: where it is, and which field inside it. */
export function describeField(pair: FieldPair): string {
  return pair.field ? `${pair.location} field ${pair.field}` : pair.location;
}

/**
 * A breaking change found by a focused rule on a field pair; it points at the field in the head
 * document (in the base one if removed), or at `pointer` if given.
 */
export function breakingChange(
  rule: string,
  pair: FieldPair,
  message: string,
  pointer?: string,
): Change {
  return {
    rule,
    breaking: true,
    operation: pair.operation,
    location: describeField(pair),
    pointer: pointer ?? pair.head?.pointer ?? pair.base?.pointer ?? "#",
    message,
  };
}

export function formatChange(change: Change): string {
  const more = change.alsoAt?.length ? ` (and ${change.alsoAt.length} more place(s))` : "";
  return `${where(change)}: ${change.message} [${change.rule}] at ${change.pointer}${more}`;
}

const where = (change: Change) => [change.operation, change.location].filter(Boolean).join(" ");

/**
 * One change per rule, pointer and message: a change to a shared component shows once, with the
 * other places it reaches counted, instead of once per operation and field that uses it.
 */
export function dedupeChanges(changes: readonly Change[]): Change[] {
  const byKey = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.rule}\n${change.pointer}\n${change.message}`;
    const first = byKey.get(key);
    if (first) first.alsoAt = [...(first.alsoAt ?? []), where(change)];
    else byKey.set(key, { ...change });
  }
  return [...byKey.values()];
}
