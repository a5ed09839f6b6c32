/**
 * The operations under test, read off the bundled specs (every operation the facade documents),
 * with what the properties need: the facade's name, the spec's parameters and request body, and
 * strict Ajv validators (from `@switchboard/test-support`, not the facade's generated ones)
 * for an independent verdict on any request.
 */
import type { OperationName } from "@switchboard/sdk";
import {
  allOperations,
  documentedRequests,
  validatorAt,
  type DocumentedRequest,
  type Operation,
  type Parameter,
  type RequestMedia,
  type ValidateFunction,
} from "@switchboard/test-support";

export interface OperationUnderTest {
  name: OperationName;
  spec: Operation;
  documented: DocumentedRequest;
  /** The request body's (only) media type, when the operation takes a body. */
  media: RequestMedia | undefined;
  /** Path and query parameters, in spec order. */
  parameters: Parameter[];
}

/** A request as the facade takes it: typed values (an integer path parameter is a number). */
export interface FacadeRequest {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export const operationsUnderTest: OperationUnderTest[] = allOperations().map((spec) => {
  const documented = documentedRequests().find(
    (request) => request.prefix === spec.vendor && request.operationId === spec.operationId,
  );
  if (!documented) throw new Error(`${spec.label}: the facade documents no such operation`);
  const media = spec.requestBody?.media;
  if (media && media.length !== 1) {
    throw new Error(`${spec.label}: expected one request media type, found ${media.length}`);
  }
  return {
    name: documented.name,
    spec,
    documented,
    media: media?.[0],
    parameters: spec.parameters.filter(
      (parameter) => parameter.in === "path" || parameter.in === "query",
    ),
  };
});

/** Every reason the strict Ajv of the spec gives for refusing `request` (empty: accepted). */
export function strictProblems(operation: OperationUnderTest, request: FacadeRequest): string[] {
  const problems: string[] = [];
  const check = (where: string, validate: ValidateFunction, value: unknown) => {
    if (!validate(value)) {
      for (const error of validate.errors ?? []) {
        problems.push(`${where}${error.instancePath} ${error.keyword}: ${error.message ?? ""}`);
      }
    }
  };
  for (const parameter of operation.parameters) {
    const value = request[parameter.in as "path" | "query"]?.[parameter.name];
    const where = `/${parameter.in}/${parameter.name}`;
    if (value === undefined) {
      if (parameter.required) problems.push(`${where} required`);
      continue;
    }
    check(where, validatorAt(operation.spec.vendor, parameter.schemaPointer), value);
  }
  if (operation.media) {
    if (request.body === undefined) {
      if (operation.spec.requestBody?.required) problems.push("/body required");
    } else {
      check(
        "/body",
        validatorAt(operation.spec.vendor, operation.media.schemaPointer),
        request.body,
      );
    }
  }
  return problems;
}
