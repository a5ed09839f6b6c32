/** Schema objects of a bundled spec, `$ref`s followed with the toolkit. */
import {
  atPointer,
  isObject,
  resolveNode,
  resolvePointer,
  type JsonObject,
} from "@switchboard/client-runtime/spec";

import { specDocument } from "./bundled-spec.js";

/** The schema object a `$ref` (or an inline schema) of the vendor's document denotes. */
export function deref(vendor: string, schema: unknown): JsonObject {
  const node = resolveNode(specDocument(vendor), schema);
  if (!isObject(node)) throw new Error(`${vendor}: not a schema object: ${JSON.stringify(schema)}`);
  return node;
}

/** The schema object at `pointer`, `$ref`s followed. */
export function resolvedSchema(vendor: string, pointer: string): JsonObject {
  const document = specDocument(vendor);
  const schema = atPointer(document, resolvePointer(document, pointer));
  if (!isObject(schema)) throw new Error(`${vendor}: no schema object at ${pointer}`);
  return schema;
}
