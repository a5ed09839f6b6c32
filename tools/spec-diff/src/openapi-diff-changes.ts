import openapiDiff from "openapi-diff";
import type { Change } from "./change.js";
import { isHttpMethod } from "@switchboard/client-runtime/spec";
import { toPointer, type OpenApiDocument } from "./openapi.js";
import { toOpenApi30 } from "./to-openapi30.js";

type DiffResult = openapiDiff.DiffResult<openapiDiff.DiffResultType>;

/** What openapi-diff reports, by code, in the words of this gate. */
const MESSAGES: Record<string, string> = {
  "path.add": "path added",
  "path.remove": "path removed (every operation on it)",
  "method.add": "operation added",
  "method.remove": "operation removed",
  "request.body.scope.add": "request body accepts more values",
  "request.body.scope.remove": "request body accepts fewer values",
  "response.body.scope.add": "response body may hold values it could not before",
  "response.body.scope.remove": "response body holds fewer kinds of values",
  "response.optional.header.add": "optional response header added",
  "response.optional.header.remove": "optional response header removed",
  "response.required.header.add": "required response header added",
  "response.required.header.remove": "required response header removed",
  "response.status-code.add": "response status added",
  "response.status-code.remove": "response status removed",
  "unclassified.add": "x- extension added",
  "unclassified.remove": "x- extension removed",
};

/**
 * Runs openapi-diff on the two documents (as OpenAPI 3.0.3, which is all it reads) and returns its
 * differences as changes: breaking, and the rest (non-breaking and unclassified) as not breaking.
 */
export async function openapiDiffChanges(
  base: OpenApiDocument,
  head: OpenApiDocument,
  label: string,
): Promise<Change[]> {
  const spec = (document: OpenApiDocument, location: string) => ({
    content: JSON.stringify(toOpenApi30(document)),
    location,
    format: "openapi3" as const,
  });
  const outcome = await openapiDiff.diffSpecs({
    sourceSpec: spec(base, `${label} (base)`),
    destinationSpec: spec(head, `${label} (head)`),
  });
  const breaking = outcome.breakingDifferencesFound ? outcome.breakingDifferences : [];
  return [
    ...breaking.map((result) => toChange(result, base, head, true)),
    ...outcome.nonBreakingDifferences.map((result) => toChange(result, base, head, false)),
    ...outcome.unclassifiedDifferences.map((result) => toChange(result, base, head, false)),
  ];
}

function toChange(
  result: DiffResult,
  base: OpenApiDocument,
  head: OpenApiDocument,
  breaking: boolean,
): Change {
  const [document, detail] = result.destinationSpecEntityDetails[0]
    ? [head, result.destinationSpecEntityDetails[0]]
    : [base, result.sourceSpecEntityDetails[0]];
  const segments = detail ? locationSegments(detail.location, document) : [];
  const [root, path, method, ...rest] = segments;
  const isOperation = root === "paths" && method !== undefined && isHttpMethod(method);
  return {
    rule: `openapi-diff:${result.code}`,
    breaking,
    operation: isOperation ? `${method.toUpperCase()} ${path}` : undefined,
    location: isOperation
      ? describeRest(rest)
      : root === "paths" && path
        ? `path ${path}`
        : "document",
    pointer: toPointer(segments),
    message: MESSAGES[result.code] ?? result.code,
  };
}

/**
 * openapi-diff joins a location's segments with dots (`paths./v1/a.b.post.requestBody...`); path
 * templates may hold dots, so the path is matched against the document's own paths.
 */
export function locationSegments(location: string, document: OpenApiDocument): string[] {
  if (!location.startsWith("paths.")) return location.split(".").filter(Boolean);
  const rest = location.slice("paths.".length);
  const path = Object.keys(document.paths ?? {})
    .filter((candidate) => rest === candidate || rest.startsWith(`${candidate}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (path === undefined) return ["paths", ...rest.split(".")];
  const tail = rest.slice(path.length + 1);
  return ["paths", path, ...(tail ? tail.split(".") : [])];
}

/** `requestBody content application/json schema` reads as `request body (application/json)`. */
function describeRest(rest: readonly string[]): string {
  if (rest[0] === "requestBody") return rest[2] ? `request body (${rest[2]})` : "request body";
  if (rest[0] === "responses" && rest[1]) {
    if (rest[2] === "headers" && rest[3]) return `response ${rest[1]} header ${rest[3]}`;
    return rest[3] ? `response ${rest[1]} (${rest[3]})` : `response ${rest[1]}`;
  }
  return rest.join(" ") || "operation";
}
