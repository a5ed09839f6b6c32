/**
 * Valid requests for an operation, generated from its spec: each path and query parameter from
 * its schema (required ones always, optional ones sometimes) and the body from the request
 * body's schema.
 */
import fc from "fast-check";

import type { FacadeRequest, OperationUnderTest } from "./operations.js";
import { schemaArbitrary } from "./schema-arbitrary.js";

function parametersIn(
  operation: OperationUnderTest,
  location: "path" | "query",
): fc.Arbitrary<Record<string, unknown>> | undefined {
  const parameters = operation.parameters.filter((parameter) => parameter.in === location);
  if (parameters.length === 0) return undefined;
  const vendor = operation.spec.vendor;
  const model = Object.fromEntries(
    parameters.map((parameter) => [
      parameter.name,
      schemaArbitrary(vendor, { $ref: `#${parameter.schemaPointer}` }, parameter.schemaPointer),
    ]),
  );
  const requiredKeys = parameters
    .filter((parameter) => parameter.required)
    .map((parameter) => parameter.name);
  return fc.record(model, { requiredKeys });
}

/** The body schema's arbitrary (undefined when the operation takes no body). */
export function bodyArbitrary(operation: OperationUnderTest): fc.Arbitrary<unknown> | undefined {
  const { media } = operation;
  if (!media) return undefined;
  return schemaArbitrary(
    operation.spec.vendor,
    { $ref: `#${media.schemaPointer}` },
    media.schemaPointer,
  );
}

export function validRequest(operation: OperationUnderTest): fc.Arbitrary<FacadeRequest> {
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  const path = parametersIn(operation, "path");
  const query = parametersIn(operation, "query");
  const body = bodyArbitrary(operation);
  if (path) parts.path = path;
  if (query) parts.query = query;
  if (body) parts.body = body;
  return fc.record(parts) as fc.Arbitrary<FacadeRequest>;
}
