import { dedupeChanges, type Change } from "./change.js";
import { openapiDiffChanges } from "./openapi-diff-changes.js";
import type { OpenApiDocument } from "./openapi.js";
import { RULES } from "./rules/index.js";

export interface Classification {
  breaking: Change[];
  nonBreaking: Change[];
}

/** openapi-diff's findings plus the focused rules', split into breaking and not. */
export async function classifyChanges(
  base: OpenApiDocument,
  head: OpenApiDocument,
  label = "spec",
): Promise<Classification> {
  const changes = dedupeChanges([
    ...(await openapiDiffChanges(base, head, label)),
    ...Object.values(RULES).flatMap((rule) => rule(base, head)),
  ]);
  return {
    breaking: changes.filter((change) => change.breaking),
    nonBreaking: changes.filter((change) => !change.breaking),
  };
}
