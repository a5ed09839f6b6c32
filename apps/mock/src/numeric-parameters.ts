import type { Violation } from "./error-body.js";
import type { RouteMatch } from "./vendor-spec.js";

// Prism checks parameters with Ajv's type coercion, which reads a string the way JavaScript's
// Number() does: " 42", "0x10", "1e3" and "4.0" pass as integers. A parameter the spec types as
// a number must be written as one, in JSON's number grammar.
const LITERAL = {
  integer: /^-?(?:0|[1-9]\d*)$/,
  number: /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/,
} as const;

interface ParameterLike {
  name: string;
  schema?: { type?: unknown };
}

function numericType(parameter: ParameterLike): "integer" | "number" | undefined {
  const { type } = parameter.schema ?? {};
  const types = Array.isArray(type) ? type : [type];
  // A schema that also admits strings takes any text.
  if (types.includes("string")) return undefined;
  if (types.includes("integer")) return "integer";
  return types.includes("number") ? "number" : undefined;
}

/** Path and query values of numeric parameters that are not numeric literals. */
export function numericParameterViolations(
  matched: RouteMatch,
  query: Record<string, string | string[]>,
): Violation[] {
  const { request } = matched.route.operation;
  const sources: [string, ParameterLike[], (name: string) => string | string[] | undefined][] = [
    ["path", request?.path ?? [], (name) => matched.pathParams[name]],
    ["query", request?.query ?? [], (name) => query[name]],
  ];
  const violations: Violation[] = [];
  for (const [where, parameters, valueOf] of sources) {
    for (const parameter of parameters) {
      const type = numericType(parameter);
      const value = valueOf(parameter.name);
      if (type === undefined || value === undefined) continue;
      const values = Array.isArray(value) ? value : [value];
      if (values.every((text) => LITERAL[type].test(text))) continue;
      violations.push({
        location: [where, parameter.name],
        rule: "type",
        message: `must be ${type === "integer" ? "an integer" : "a number"}, written as a JSON number`,
      });
    }
  }
  return violations;
}
