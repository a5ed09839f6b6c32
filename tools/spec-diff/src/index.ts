export { main, type Io } from "./main.js";
export { resolveBaseRef, newestReleaseTag, type BaseRef } from "./base-ref.js";
export { formatChange, type Change } from "./change.js";
export {
  majorChangesets,
  parseChangeset,
  readPendingChangesets,
  type Changeset,
} from "./changesets.js";
export { classifyChanges, type Classification } from "./classify.js";
export { fieldPairs, type FieldPair } from "./field-pairs.js";
export { runGate, type GateOptions, type GateResult, type SpecReport } from "./gate.js";
export { parseSpec, readSpecAtRef, readWorkingTreeSpec } from "./load-spec.js";
export { openapiDiffChanges } from "./openapi-diff-changes.js";
export { RULES, type Rule } from "./rules/index.js";
export { specsAtRef, workingTreeSpecs, type SpecPackages } from "./specs.js";
export { toOpenApi30 } from "./to-openapi30.js";
