/**
 * A valid facade request for every operation, read off its spec: the first documented
 * request-body example and each parameter's example. Nothing here is written by hand.
 */
import {
  effectiveParameters,
  findOperation,
  isObject,
  pointerOf,
  resolvePointer,
  specDocument,
  atPointer,
  type JsonObject,
} from "@switchboard/spec-validation";
import type { OperationName, VendorKey } from "@switchboard/sdk";

import { allOperations } from "./spec.js";

export interface DocumentedRequest {
  name: OperationName;
  vendor: VendorKey;
  operationId: string;
  /** The gateway's prefix (and package folder) of the vendor, e.g. `twilio-flex`. */
  prefix: string;
  /** Path parameter names in path order. */
  pathNames: string[];
  /** JSON Pointer to the success response's JSON schema in the bundled spec. */
  successSchemaPointer: string;
  input: { path?: JsonObject; query?: JsonObject; body?: unknown };
}

/** The facade's key for a vendor prefix: `twilio-flex` → `twilioFlex`. */
function facadeKey(prefix: string): VendorKey {
  return prefix.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as VendorKey;
}

function exampleOf(node: JsonObject): unknown {
  if ("example" in node) return node.example;
  const examples = node.examples;
  if (!isObject(examples)) return undefined;
  const first = Object.values(examples)[0];
  return isObject(first) ? first.value : undefined;
}

export const documentedRequests: DocumentedRequest[] = allOperations().map(
  ({ vendor: prefix, operationId }) => {
    const vendor = facadeKey(prefix);
    const document = specDocument(prefix);
    const { path, method, pointer, operation } = findOperation(prefix, operationId);
    const input: DocumentedRequest["input"] = {};
    for (const { parameter } of effectiveParameters(prefix, path, method)) {
      const value = exampleOf(parameter);
      if (value === undefined) throw new Error(`${operationId}: no example for ${parameter.name}`);
      const location = parameter.in as "path" | "query";
      (input[location] ??= {})[parameter.name] = value;
    }
    if (operation.requestBody) {
      const requestBody = atPointer(
        document,
        resolvePointer(prefix, `${pointer}/requestBody`),
      ) as JsonObject;
      const [media] = Object.values(requestBody.content as Record<string, JsonObject>);
      input.body = structuredClone(exampleOf(media!));
    }
    const [status] = Object.keys(operation.responses as JsonObject).filter((code) =>
      code.startsWith("2"),
    );
    return {
      name: `${vendor}.${operationId}` as OperationName,
      vendor,
      operationId,
      prefix,
      pathNames: [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!),
      successSchemaPointer: resolvePointer(
        prefix,
        `${pointerOf("paths", path, method, "responses", status!)}/content/application~1json/schema`,
      ),
      input,
    };
  },
);

/** A fresh copy of an operation's documented request, to change freely. */
export function documentedRequest(name: OperationName): DocumentedRequest {
  const found = documentedRequests.find((request) => request.name === name);
  if (!found) throw new Error(`no documented request for ${name}`);
  return structuredClone(found);
}
