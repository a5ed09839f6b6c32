import type { Violation } from "@switchboard/client-runtime/spec";
import { specParameterName, type ParameterNames } from "./parameter-names.js";

/** One finding of Prism's request validation (an Ajv error, or Prism's own check). */
export interface Diagnostic {
  path?: (string | number)[];
  code?: string | number;
  message: string;
  severity: number;
}

// Ajv reports a missing or unexpected property on its parent object; these name the property.
const NAMED_PROPERTY: Record<string, RegExp> = {
  required: /required property '([^']+)'/,
  additionalProperties: /additional propert(?:y|ies)[^']*'([^']+)'/,
};

/**
 * Prism's request errors as violations: one per field and rule, each naming the field as the
 * spec spells it. Warnings and Prism's numbered codes (security, routing) are not violations.
 */
export function prismViolations(
  diagnostics: readonly Diagnostic[],
  parameterNames: ParameterNames,
): Violation[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 0 && typeof diagnostic.code !== "number")
    .map((diagnostic) => toViolation(diagnostic, parameterNames));
}

/** One violation per field and rule; an `if` failing only repeats the `then` rule it reports. */
export function dedupe(violations: readonly Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const id = JSON.stringify([violation.location, violation.rule]);
    if (violation.rule === "if" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toViolation(diagnostic: Diagnostic, parameterNames: ParameterNames): Violation {
  const [where = "body", ...rest] = diagnostic.path ?? ["body"];
  const location: (string | number)[] = [
    where,
    ...rest.map((segment) => (/^\d+$/.test(String(segment)) ? Number(segment) : segment)),
  ];
  const named = NAMED_PROPERTY[String(diagnostic.code)]?.exec(diagnostic.message);
  if (named?.[1]) location.push(named[1]);
  let { message } = diagnostic;
  // A missing parameter is named by `required`, so the name is mapped once it is in place.
  if (where !== "body" && typeof location[1] === "string") {
    const prismName = location[1];
    location[1] = specParameterName(parameterNames, String(where), prismName);
    message = message.replace(standalone(prismName), String(location[1]));
  }
  return { location, rule: String(diagnostic.code ?? "invalid"), message };
}

/** The first occurrence of a name as a whole word (Prism writes it bare or quoted). */
function standalone(name: string): RegExp {
  return new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
}
