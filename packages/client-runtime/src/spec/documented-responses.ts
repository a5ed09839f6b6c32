import { isObject } from "./json.js";
import { namedExamples } from "./examples.js";
import type { SpecOperation } from "./operations.js";
import { resolveNode } from "./refs.js";

/** A response an operation documents: its status key and its examples' names. */
export interface DocumentedResponse {
  /** As the spec writes it: `200`, `4XX`, `default`. */
  readonly status: string;
  /** The names of its examples, over every media type, in spec order. */
  readonly examples: readonly string[];
}

/** Every response an operation documents (numeric statuses ascending, as objects order keys). */
export function documentedResponses(
  document: unknown,
  operation: SpecOperation,
): DocumentedResponse[] {
  const responses = isObject(operation.operation.responses) ? operation.operation.responses : {};
  return Object.entries(responses).map(([status, raw]) => {
    const response = resolveNode(document, raw);
    const content = isObject(response) && isObject(response.content) ? response.content : {};
    const names = Object.values(content).flatMap((media) =>
      namedExamples(document, media).map(({ name }) => name),
    );
    return { status, examples: [...new Set(names)] };
  });
}
