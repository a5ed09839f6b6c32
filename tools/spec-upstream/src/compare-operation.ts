import {
  effectiveParameters,
  isObject,
  resolveNode,
  type LocatedParameter,
  type SpecOperation,
} from "@switchboard/client-runtime/spec";
import { compareSchemas, type Comparison } from "./compare-schemas.js";
import type { Difference } from "./difference.js";

const NO_REFS: ReadonlySet<string> = new Set();

/** The request differences of a matched pair: parameters, then the body. */
export function compareRequest(
  documents: Omit<Comparison, "side">,
  ours: SpecOperation,
  upstream: SpecOperation,
): Difference[] {
  const comparison: Comparison = { ...documents, side: "request" };
  return [
    ...compareParameters(comparison, ours, upstream),
    ...compareContent(
      comparison,
      ours.operation.requestBody,
      upstream.operation.requestBody,
      "body",
    ),
  ];
}

/** The differences of every 2xx body ours documents, each against the vendor's same status. */
export function compareResponses(
  documents: Omit<Comparison, "side">,
  ours: SpecOperation,
  upstream: SpecOperation,
): Difference[] {
  const comparison: Comparison = { ...documents, side: "response" };
  const responses = (document: unknown, operation: SpecOperation) => {
    const all = resolveNode(document, operation.operation.responses);
    return isObject(all) ? all : {};
  };
  const [mine, theirs] = [responses(documents.ours, ours), responses(documents.upstream, upstream)];
  return Object.keys(mine)
    .filter((status) => /^2(?:\d\d|XX)$/i.test(status))
    .flatMap((status) =>
      compareContent(comparison, mine[status], theirs[status], `${status}.body`),
    );
}

/** Parameters by `in` and name; path parameters by position, since their names may differ. */
function compareParameters(
  comparison: Comparison,
  ours: SpecOperation,
  upstream: SpecOperation,
): Difference[] {
  const keyed = (document: unknown, operation: SpecOperation) => {
    const map = new Map<string, LocatedParameter["parameter"]>();
    const pathNames = [...operation.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
    for (const { parameter } of effectiveParameters(document, operation)) {
      if (parameter.in === "cookie") continue;
      const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
      const key =
        parameter.in === "path"
          ? `path.{${pathNames.indexOf(parameter.name)}}`
          : `${parameter.in}.${name}`;
      map.set(key, parameter);
    }
    return map;
  };
  const [mine, theirs] = [keyed(comparison.ours, ours), keyed(comparison.upstream, upstream)];
  const differences: Difference[] = [];
  for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
    const [a, b] = [mine.get(key), theirs.get(key)];
    const location = `${(a ?? b)?.in}.${(a ?? b)?.name}`;
    if (!a || !b) {
      differences.push({
        location,
        kind: a ? "parameter-missing-upstream" : "parameter-missing-ours",
        ours: a ? "present" : undefined,
        upstream: b ? "present" : undefined,
        breaking: !a,
      });
      continue;
    }
    const [requiredHere, requiredThere] = [a.required === true, b.required === true];
    if (requiredHere !== requiredThere) {
      differences.push({
        location,
        kind: "required",
        ours: requiredHere,
        upstream: requiredThere,
        breaking: requiredHere,
      });
    }
    differences.push(
      ...compareSchemas(
        comparison,
        { schema: a.schema, refs: NO_REFS },
        { schema: b.schema, refs: NO_REFS },
        location,
      ),
    );
  }
  return differences;
}

/** A request body or response: ours's first media type, against the vendor's same one (or first). */
function compareContent(
  comparison: Comparison,
  ours: unknown,
  upstream: unknown,
  location: string,
): Difference[] {
  const content = (document: unknown, node: unknown) => {
    const resolved = resolveNode(document, node);
    return isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
  };
  const [mine, theirs] = [content(comparison.ours, ours), content(comparison.upstream, upstream)];
  const [mediaType] = Object.keys(mine);
  if (mediaType === undefined) return [];
  const theirMediaType = mediaType in theirs ? mediaType : Object.keys(theirs)[0];
  const [a, b] = [
    mine[mediaType],
    theirMediaType === undefined ? undefined : theirs[theirMediaType],
  ];
  if (!isObject(b)) {
    return [
      { location, kind: "body-missing", ours: mediaType, upstream: undefined, breaking: false },
    ];
  }
  const schemaOf = (media: unknown) => (isObject(media) ? media.schema : undefined);
  return compareSchemas(
    comparison,
    { schema: schemaOf(a), refs: NO_REFS },
    { schema: schemaOf(b), refs: NO_REFS },
    location,
  );
}
