type Json = unknown;

/** How a curation note reads on a reference page: after the description it qualifies. */
export const CURATION_NOTE_LABEL = "**Curation note:**";

/**
 * The spec as its reference page shows it: every `x-curation-note` moved into the
 * `description` of the node it annotates. Redoc renders extensions only on some nodes
 * (operations, parameters, plain properties), but descriptions nearly everywhere: on
 * responses, `anyOf` properties, whole schemas, examples and the API itself.
 */
export function withCurationNotesInDescriptions(node: Json): Json {
  if (Array.isArray(node)) return node.map(withCurationNotesInDescriptions);
  if (typeof node !== "object" || node === null) return node;
  const { "x-curation-note": note, ...rest } = node as Record<string, Json>;
  const copy = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, withCurationNotesInDescriptions(value)]),
  );
  if (typeof note !== "string") return copy;
  const description = typeof copy.description === "string" ? `${copy.description}\n\n` : "";
  return { ...copy, description: `${description}${CURATION_NOTE_LABEL} ${note}` };
}
