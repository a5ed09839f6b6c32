/** The operations of a bundled spec and their effective parameters, located by JSON Pointer. */
import { resolvePointer, specDocument } from "./bundled-spec.js";
import { isObject, type JsonObject } from "./json.js";
import { atPointer, pointerOf } from "./pointer.js";

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** One operation of a path item. */
export interface PathOperation {
  method: HttpMethod;
  path: string;
  /** JSON Pointer (plain form, e.g. `/paths/~1api~1v1~1channels~1/put`) to the operation. */
  pointer: string;
  operation: JsonObject;
}

export interface OpenApiOperation extends PathOperation {
  operationId: string;
}

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: unknown;
  [key: string]: unknown;
}

export interface LocatedParameter {
  /** Pointer to the parameter object (`$ref`s followed). */
  pointer: string;
  parameter: OpenApiParameter;
}

/** Every operation of the vendor's document, in document order (paths, then methods). */
export function pathOperations(vendor: string): PathOperation[] {
  const document = specDocument(vendor);
  const operations: PathOperation[] = [];
  for (const [path, pathItem] of Object.entries((document.paths ?? {}) as JsonObject)) {
    if (!isObject(pathItem)) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      operations.push({ method, path, pointer: pointerOf("paths", path, method), operation });
    }
  }
  return operations;
}

/** Finds an operation by `operationId`; throws unless exactly one operation has it. */
export function findOperation(vendor: string, operationId: string): OpenApiOperation {
  const found = pathOperations(vendor).filter(
    ({ operation }) => operation.operationId === operationId,
  );
  if (found.length !== 1) {
    throw new Error(`${vendor}: expected one operation "${operationId}", found ${found.length}`);
  }
  return { operationId, ...found[0]! };
}

/** An operation's effective parameters: path-item level, overridden by operation level. */
export function effectiveParameters(
  vendor: string,
  path: string,
  method: HttpMethod,
): LocatedParameter[] {
  const document = specDocument(vendor);
  const byKey = new Map<string, LocatedParameter>();
  for (const owner of [pointerOf("paths", path), pointerOf("paths", path, method)]) {
    const list = atPointer(document, `${owner}/parameters`);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const pointer = resolvePointer(vendor, `${owner}/parameters/${index}`);
      const parameter = atPointer(document, pointer) as OpenApiParameter;
      byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, { pointer, parameter });
    });
  }
  return [...byKey.values()];
}
