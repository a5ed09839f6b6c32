export { main, USAGE, type Io } from "./main.js";
export { driftReport } from "./drift-report.js";
export type { Difference, DifferenceKind, DriftReport, OperationReport } from "./difference.js";
export { formatDifference, formatJson, formatText } from "./format.js";
export { findRepoRoot, loadCurated, loadUpstream, parseDocument, UsageError } from "./load.js";
export { matchOperation, pathShape, upstreamOperations } from "./match-operations.js";
export { viewSchema, type SchemaNode, type SchemaView } from "./schema-view.js";
