import type { Violation } from "@switchboard/client-runtime/spec";

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
  pathParamNames: ReadonlyMap<string, string>,
): Violation[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 0 && typeof diagnostic.code !== "number")
    .map((diagnostic) => toViolation(diagnostic, pathParamNames));
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

function toViolation(
  diagnostic: Diagnostic,
  pathParamNames: ReadonlyMap<string, string>,
): Violation {
  const [where = "body", ...rest] = diagnostic.path ?? ["body"];
  const location: (string | number)[] = [
    where,
    ...rest.map((segment) => (/^\d+$/.test(String(segment)) ? Number(segment) : segment)),
  ];
  if (where === "path" && location[1] !== undefined) {
    location[1] = pathParamNames.get(String(location[1]).toLowerCase()) ?? location[1];
  }
  const named = NAMED_PROPERTY[String(diagnostic.code)]?.exec(diagnostic.message);
  if (named?.[1]) location.push(named[1]);
  return { location, rule: String(diagnostic.code ?? "invalid"), message: diagnostic.message };
}
