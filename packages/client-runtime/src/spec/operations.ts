import { isObject, type JsonObject } from "./json.js";
import { pointerOf } from "./json-pointer.js";
import { resolvePointer } from "./refs.js";
import { atPointer } from "./json-pointer.js";

/** The keys of an OpenAPI path item that hold operations, in the order the spec lists them. */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

export type HttpMethod = (typeof HTTP_METHODS)[number];

export function isHttpMethod(key: string): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key);
}

/** One operation of a document, located by JSON Pointer. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/v1/Interactions/{InteractionSid}`. */
  readonly path: string;
  /** e.g. `/paths/~1api~1v1~1channels~1/put`. */
  readonly pointer: string;
  readonly operation: JsonObject;
}

/** Every operation of a document, in document order; each must have a unique operationId. */
export function specOperations(document: unknown): SpecOperation[] {
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  const operations: SpecOperation[] = [];
  const seen = new Set<string>();
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const { operationId } = operation;
      if (typeof operationId !== "string" || operationId === "") {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      }
      if (seen.has(operationId)) throw new Error(`operationId "${operationId}" is not unique`);
      seen.add(operationId);
      operations.push({
        operationId,
        method,
        path,
        pointer: pointerOf("paths", path, method),
        operation,
      });
    }
  }
  return operations;
}

/** A parameter of an operation, `$ref` followed, with the pointer it was found at. */
export interface LocatedParameter {
  readonly pointer: string;
  readonly parameter: ParameterObject;
}

export interface ParameterObject extends JsonObject {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  readonly schema?: unknown;
}

/** The operation's parameters: the path item's, overridden by the operation's own (same name and `in`). */
export function effectiveParameters(
  document: unknown,
  operation: SpecOperation,
): LocatedParameter[] {
  const byKey = new Map<string, LocatedParameter>();
  for (const owner of [pointerOf("paths", operation.path), operation.pointer]) {
    const list = atPointer(document, `${owner}/parameters`);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const pointer = resolvePointer(document, `${owner}/parameters/${index}`);
      const parameter = atPointer(document, pointer) as ParameterObject;
      byKey.set(`${parameter.in}:${parameter.name}`, { pointer, parameter });
    });
  }
  return [...byKey.values()];
}
