import { isObject } from "./json.js";
import { resolveNode } from "./refs.js";

/** One documented example: its name in `examples` (`example` for a lone `example`), and value. */
export interface NamedExample {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
}

/**
 * The examples a parameter, media type or header object documents itself, in spec order: each
 * entry of `examples` (`$ref`s followed; entries without a `value` skipped), or its `example`.
 */
export function namedExamples(document: unknown, node: unknown): NamedExample[] {
  const object = resolveNode(document, node);
  if (!isObject(object)) return [];
  if (isObject(object.examples)) {
    return Object.entries(object.examples).flatMap(([name, raw]) => {
      const example = resolveNode(document, raw);
      if (!isObject(example) || !("value" in example)) return [];
      const summary = typeof example.summary === "string" ? { summary: example.summary } : {};
      return [{ name, ...summary, value: example.value }];
    });
  }
  return "example" in object ? [{ name: "example", value: object.example }] : [];
}

/**
 * The value a parameter, media type or header documents: its first own example, else its
 * schema's first (`examples[0]`, then `example`). Undefined when nothing is documented.
 */
export function documentedExample(document: unknown, node: unknown): NamedExample | undefined {
  const [first] = namedExamples(document, node);
  if (first !== undefined) return first;
  const object = resolveNode(document, node);
  const schema = isObject(object) ? resolveNode(document, object.schema) : undefined;
  if (!isObject(schema)) return undefined;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    return { name: "schema", value: schema.examples[0] };
  }
  return "example" in schema ? { name: "schema", value: schema.example } : undefined;
}
