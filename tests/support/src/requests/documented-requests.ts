/**
 * A valid facade request for every operation of every manifest vendor: the request its spec
 * documents, read with the spec toolkit. Nothing here is written by hand.
 */
import { pathParamNames } from "@switchboard/client-runtime";
import {
  documentedRequest as specRequest,
  specOperations,
  type DocumentedRequest as SpecRequest,
  type JsonObject,
} from "@switchboard/client-runtime/spec";
import type { OperationName } from "@switchboard/sdk";

import { manifestVendors } from "../manifest.js";
import { registered, type RegisteredVendor } from "../registry.js";
import { specDocument } from "../spec/bundled-spec.js";
import { findOperation, type Operation } from "../spec/operations.js";
import { successResponse } from "../spec/responses.js";

export interface DocumentedRequest {
  name: OperationName;
  /** The facade key of the vendor, e.g. `twilioFlex`. */
  vendor: RegisteredVendor["key"];
  operationId: string;
  /** The gateway's prefix (the manifest's `name`) of the vendor, e.g. `twilio-flex`. */
  prefix: string;
  /** Path parameter names in path order. */
  pathNames: string[];
  /** JSON Pointer to the success response's JSON schema in the bundled spec. */
  successSchemaPointer: string;
  input: { path?: JsonObject; query?: JsonObject; body?: unknown };
}

function documented(
  key: RegisteredVendor["key"],
  operation: Operation,
  request: SpecRequest,
): DocumentedRequest {
  // The facade takes path, query and body: those are the groups a request input has.
  const input: DocumentedRequest["input"] = {
    ...(Object.keys(request.path).length > 0 ? { path: request.path } : {}),
    ...(Object.keys(request.query).length > 0 ? { query: request.query } : {}),
    ...(request.body === undefined ? {} : { body: request.body.example.value }),
  };
  const { schemaPointer } = successResponse(operation);
  if (schemaPointer === undefined) {
    throw new Error(`${operation.label}: the success response has no JSON schema`);
  }
  return {
    name: `${key}.${operation.operationId}` as OperationName,
    vendor: key,
    operationId: operation.operationId,
    prefix: operation.vendor,
    pathNames: [...pathParamNames(operation.path)],
    successSchemaPointer: schemaPointer,
    input,
  };
}

let cached: readonly DocumentedRequest[] | undefined;

/** Every operation's documented request, in manifest order (built once). */
export function documentedRequests(): readonly DocumentedRequest[] {
  cached ??= manifestVendors().flatMap((vendor) => {
    const { key } = registered(vendor);
    const document = specDocument(vendor.name);
    return specOperations(document).map((operation) =>
      documented(
        key,
        findOperation(vendor.name, operation.operationId),
        specRequest(document, operation),
      ),
    );
  });
  return cached;
}

/** A fresh copy of an operation's documented request, to change freely. */
export function documentedRequest(name: OperationName): DocumentedRequest {
  const found = documentedRequests().find((request) => request.name === name);
  if (!found) throw new Error(`no documented request for ${name}`);
  return structuredClone(found);
}
