/** Mutations of an operation's path and query parameters, from their schemas. */
import type { ValidateFunction } from "ajv/dist/2020.js";

import { validatorAt } from "../spec/bundled-spec.js";
import type { Operation, Parameter } from "../spec/operations.js";
import { deref } from "../spec/schemas.js";
import { breakPattern, INVALID_FORMAT, lengthen, typesOf } from "./breaking-values.js";
import type { ParameterMutation } from "./types.js";

function parameterSchema(vendor: string, parameter: Parameter) {
  return deref(vendor, { $ref: `#${parameter.schemaPointer}` });
}

/** Every mutation of the operation's path and query parameters. */
export function parameterMutations(operation: Operation): ParameterMutation[] {
  const mutations: ParameterMutation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const schema = parameterSchema(operation.vendor, parameter);
    const example = parameter.example === undefined ? undefined : String(parameter.example);
    const push = (rule: string, describe: string, value: string) =>
      mutations.push({ kind: "parameter", parameter, rule, describe, value });
    const types = typesOf(operation.vendor, schema);
    // A path segment or query value is text: only a non-string type can be broken.
    if (types && !types.includes("string")) {
      const value = types.includes("boolean") ? "contract-not-a-boolean" : "contract-not-a-number";
      push("type", `"${value}" for ${types.join("|")}`, value);
    }
    if (Array.isArray(schema.enum)) push("enum", "not a member", "contract-not-a-member");
    if (typeof schema.pattern === "string") {
      const value = breakPattern(schema.pattern, example, schema);
      push("pattern", `"${value}" does not match /${schema.pattern}/`, value);
    }
    if (typeof schema.maxLength === "number") {
      push("maxLength", `${schema.maxLength + 1} characters`, lengthen(example, schema.maxLength));
    }
    if (typeof schema.minLength === "number" && schema.minLength > 0) {
      const value = (example ?? "a".repeat(schema.minLength)).slice(0, schema.minLength - 1);
      if (value.length > 0 || parameter.in === "query") {
        push("minLength", `${schema.minLength - 1} characters`, value);
      }
    }
    if (typeof schema.format === "string" && INVALID_FORMAT[schema.format] !== undefined) {
      push("format", `not a ${schema.format}`, INVALID_FORMAT[schema.format]!);
    }
    for (const [keyword, offset] of [
      ["minimum", -1],
      ["maximum", 1],
    ] as const) {
      const limit = schema[keyword];
      if (typeof limit === "number") push(keyword, `${limit + offset}`, String(limit + offset));
    }
  }
  return mutations;
}

/** The value a parameter schema sees: numbers and booleans parsed as a server would. */
export function deserializeParameter(vendor: string, parameter: Parameter, raw: string): unknown {
  const types = typesOf(vendor, parameterSchema(vendor, parameter)) ?? [];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) {
    return Number(raw);
  }
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

export function parameterValidator(vendor: string, parameter: Parameter): ValidateFunction {
  return validatorAt(vendor, parameter.schemaPointer);
}
