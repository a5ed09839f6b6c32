import { escapePointerToken, HTTP_METHODS } from "@switchboard/client-runtime/spec";
import { isObject, resolve, toPointer, type JsonObject, type OpenApiDocument } from "./openapi.js";
import type { SchemaAt } from "./schema-view.js";

/** One operation of a document, with the path item it is in. */
export interface Operation {
  label: string;
  pathItem: JsonObject;
  operation: JsonObject;
  pointer: (string | number)[];
}

/** `/things/{id}` and `/things/{thingId}` are the same operation path (as openapi-diff matches them). */
const normalizePath = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

/** The operations of a document by method and path shape: `PATCH /things/{}`. */
export function listOperations(document: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve(document, rawItem, toPointer(["paths", path])).node;
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      operations.set(`${method.toUpperCase()} ${normalizePath(path)}`, {
        label: `${method.toUpperCase()} ${path}`,
        pathItem,
        operation,
        pointer: ["paths", path, method],
      });
    }
  }
  return operations;
}

/** A parameter of an operation: whether callers must send it, and its schema. */
export interface Parameter {
  required: boolean;
  schema: SchemaAt | undefined;
  pointer: string;
}

/** Path-item parameters overridden by the operation's own, keyed by `in` and name. */
export function parameters(
  document: OpenApiDocument,
  operation: Operation,
): Map<string, Parameter> {
  const found = new Map<string, Parameter>();
  const sources: [unknown, (string | number)[]][] = [
    [operation.pathItem.parameters, operation.pointer.slice(0, -1)],
    [operation.operation.parameters, operation.pointer],
  ];
  for (const [list, at] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const { node, pointer } = resolve(document, raw, toPointer([...at, "parameters", index]));
      if (!isObject(node) || typeof node.name !== "string" || typeof node.in !== "string") return;
      const name = node.in === "header" ? node.name.toLowerCase() : node.name;
      let schema: SchemaAt | undefined;
      if (node.schema !== undefined) schema = { schema: node.schema, pointer: `${pointer}/schema` };
      else if (isObject(node.content)) {
        const [mediaType, media] = Object.entries(node.content)[0] ?? [];
        if (mediaType && isObject(media)) {
          schema = {
            schema: media.schema,
            pointer: `${pointer}/content/${escapePointerToken(mediaType)}/schema`,
          };
        }
      }
      found.set(`${node.in} parameter ${name}`, {
        required: node.in === "path" || node.required === true,
        schema,
        pointer,
      });
    });
  }
  return found;
}
