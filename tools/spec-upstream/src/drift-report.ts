import { specOperations } from "@switchboard/client-runtime/spec";
import { compareRequest, compareResponses } from "./compare-operation.js";
import type { DriftReport, OperationReport } from "./difference.js";
import { matchOperation, upstreamOperations } from "./match-operations.js";

/** Compares each operation of the curated document with the vendor's matching one. */
export function driftReport(vendor: string, ours: unknown, upstream: unknown): DriftReport {
  const candidates = upstreamOperations(upstream);
  const operations = specOperations(ours).map((operation): OperationReport => {
    const { operationId, method, path } = operation;
    const match = matchOperation(operation, candidates);
    if (!match) {
      return {
        operationId,
        method,
        path,
        request: [
          {
            location: "operation",
            kind: "operation-missing",
            ours: `${method.toUpperCase()} ${path}`,
            upstream: undefined,
            breaking: false,
          },
        ],
        response: [],
      };
    }
    const documents = { ours, upstream };
    return {
      operationId,
      method,
      path,
      upstream: {
        ...(match.operationId ? { operationId: match.operationId } : {}),
        method: match.method,
        path: match.path,
      },
      request: compareRequest(documents, operation, match),
      response: compareResponses(documents, operation, match),
    };
  });
  const breaking = operations.some((report) =>
    report.request.some((difference) => difference.breaking),
  );
  return { vendor, operations, exitCode: breaking ? 1 : 0 };
}
