import type { PrismOperation } from "../vendor.js";

/**
 * Parameter names as the spec spells them, by where Prism reports them (`path`, `query`,
 * `header`) and then by lower-case name: Prism lower-cases every parameter name it validates,
 * so `InteractionSid` would otherwise reach a client as `interactionsid`.
 */
export type ParameterNames = ReadonlyMap<string, ReadonlyMap<string, string>>;

// Prism's diagnostic prefix for each list of an operation's request parameters.
const PRISM_PREFIX = { path: "path", query: "query", headers: "header" } as const;

export function parameterNamesOf(operations: readonly PrismOperation[]): ParameterNames {
  const names = new Map<string, Map<string, string>>();
  for (const operation of operations) {
    for (const [list, prefix] of Object.entries(PRISM_PREFIX)) {
      const parameters = operation.request?.[list as keyof typeof PRISM_PREFIX] ?? [];
      const spelled = names.get(prefix) ?? new Map<string, string>();
      for (const { name } of parameters) spelled.set(name.toLowerCase(), name);
      if (spelled.size > 0) names.set(prefix, spelled);
    }
  }
  return names;
}

/** The parameter's name as the spec spells it; a name the spec does not have is kept. */
export function specParameterName(names: ParameterNames, where: string, name: string): string {
  return names.get(where)?.get(name.toLowerCase()) ?? name;
}
