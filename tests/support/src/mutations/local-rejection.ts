/**
 * The suites' own oracle: whether a strict Ajv rejects a mutated value for the one constraint
 * broken at the target, and nowhere else, before the gateway or the facade is asked.
 */
import { pointerOf } from "@switchboard/client-runtime/spec";
import type { ValidateFunction } from "ajv/dist/2020.js";

import { errorSummary } from "../spec/errors.js";
import type { Segment } from "./types.js";

function isAtOrAbove(errorPath: string, targetPath: string): boolean {
  return errorPath === targetPath || targetPath.startsWith(`${errorPath}/`);
}

/** `{ ok: true }`, or why the value is not "one constraint broken at the target". */
export function localRejection(
  validate: ValidateFunction,
  value: unknown,
  target: readonly Segment[],
): { ok: true } | { ok: false; reason: string } {
  if (validate(value)) return { ok: false, reason: "Ajv accepts the mutated value" };
  const targetPath = pointerOf(...target);
  const parentPath = pointerOf(...target.slice(0, -1));
  const field = String(target[target.length - 1]);
  const errors = validate.errors ?? [];
  const elsewhere = errors.filter((error) => !isAtOrAbove(error.instancePath, targetPath));
  if (elsewhere.length > 0) {
    return {
      ok: false,
      reason: `also fails elsewhere: ${JSON.stringify(errorSummary(elsewhere))}`,
    };
  }
  const named = errors.some(
    (error) =>
      error.instancePath === targetPath ||
      (error.instancePath === parentPath &&
        (error.params.missingProperty === field || error.params.additionalProperty === field)),
  );
  return named
    ? { ok: true }
    : { ok: false, reason: `no error at ${targetPath}: ${JSON.stringify(errorSummary(errors))}` };
}
