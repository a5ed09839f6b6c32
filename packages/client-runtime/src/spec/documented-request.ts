import { documentedExample, namedExamples, type NamedExample } from "./examples.js";
import { isObject } from "./json.js";
import { effectiveParameters, type SpecOperation } from "./operations.js";
import { resolveNode } from "./refs.js";

/** A request of one operation as its spec documents it. Values are copies, free to change. */
export interface DocumentedRequest {
  /** Every path parameter, by name. */
  readonly path: Record<string, unknown>;
  /** Query parameters with an example of their own, and required ones, by name. */
  readonly query: Record<string, unknown>;
  /** Header parameters, picked as query parameters are. */
  readonly header: Record<string, unknown>;
  /** The request body's (first) media type and its first documented example. */
  readonly body?: { readonly mediaType: string; readonly example: NamedExample };
}

/**
 * The request an operation's spec documents: path parameters and required query and header
 * parameters from their examples (their schema's when they have none of their own), optional
 * ones only where they document an example of their own, and the body's first example. What a
 * request needs and the spec does not document throws, naming it.
 */
export function documentedRequest(document: unknown, operation: SpecOperation): DocumentedRequest {
  const where = `${operation.method.toUpperCase()} ${operation.path}`;
  const request = { path: {}, query: {}, header: {} } as {
    -readonly [Key in keyof DocumentedRequest]: DocumentedRequest[Key];
  };
  for (const { parameter } of effectiveParameters(document, operation)) {
    if (parameter.in === "cookie") continue;
    const needed = parameter.in === "path" || parameter.required === true;
    if (!needed && namedExamples(document, parameter).length === 0) continue;
    const example = documentedExample(document, parameter);
    if (example === undefined) {
      throw new Error(
        `${where}: ${parameter.in} parameter "${parameter.name}" documents no example`,
      );
    }
    request[parameter.in][parameter.name] = structuredClone(example.value);
  }
  const requestBody = resolveNode(document, operation.operation.requestBody);
  const content = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : {};
  const [mediaType] = Object.keys(content);
  if (mediaType !== undefined) {
    const example = documentedExample(document, content[mediaType]);
    if (example !== undefined) {
      request.body = { mediaType, example: { ...example, value: structuredClone(example.value) } };
    } else if (isObject(requestBody) && requestBody.required === true) {
      throw new Error(`${where}: the ${mediaType} request body documents no example`);
    }
  }
  return request;
}
