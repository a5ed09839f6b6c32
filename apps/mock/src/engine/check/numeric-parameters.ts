import type { Violation } from "@switchboard/client-runtime/spec";
import type { NumericParameter } from "../vendor.js";

// Prism checks parameters with Ajv's type coercion, which reads a string the way JavaScript's
// Number() does: " 42", "0x10", "1e3" and "4.0" pass as integers. A parameter the spec types as
// a number must be written as one, in JSON's number grammar.
const LITERAL = {
  integer: /^-?(?:0|[1-9]\d*)$/,
  number: /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/,
} as const satisfies Record<NumericParameter["type"], RegExp>;

interface ParameterLike {
  name: string;
  schema?: { type?: unknown };
}

interface OperationLike {
  request?: { path?: ParameterLike[]; query?: ParameterLike[] };
}

function numericType(parameter: ParameterLike): NumericParameter["type"] | undefined {
  const { type } = parameter.schema ?? {};
  const types = Array.isArray(type) ? type : [type];
  // A schema that also admits strings takes any text.
  if (types.includes("string")) return undefined;
  if (types.includes("integer")) return "integer";
  return types.includes("number") ? "number" : undefined;
}

/** The operation's numeric path and query parameters: read once per route, at startup. */
export function numericParametersOf(operation: OperationLike): NumericParameter[] {
  const { path = [], query = [] } = operation.request ?? {};
  return [
    ...path.map((parameter) => ({ in: "path" as const, parameter })),
    ...query.map((parameter) => ({ in: "query" as const, parameter })),
  ].flatMap(({ in: where, parameter }) => {
    const type = numericType(parameter);
    return type === undefined ? [] : [{ in: where, name: parameter.name, type }];
  });
}

/** Path and query values of numeric parameters that are not numeric literals. */
export function numericParameterViolations(
  parameters: readonly NumericParameter[],
  pathParams: Record<string, string>,
  query: Record<string, string | string[]>,
): Violation[] {
  const violations: Violation[] = [];
  for (const { in: where, name, type } of parameters) {
    const value = where === "path" ? pathParams[name] : query[name];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.every((text) => LITERAL[type].test(text))) continue;
    violations.push({
      location: [where, name],
      rule: "type",
      message: `must be ${type === "integer" ? "an integer" : "a number"}, written as a JSON number`,
    });
  }
  return violations;
}
