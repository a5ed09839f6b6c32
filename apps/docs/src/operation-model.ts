import {
  pathParamNames,
  type HttpMethod,
  type RequestBodyMetadata,
  type SecuritySchemeMetadata,
  type SpecMetadata,
} from "@switchboard/client-runtime";
import {
  documentedRequest,
  type DocumentedRequest,
  type NamedExample,
  type SpecOperation,
} from "@switchboard/client-runtime/spec";
import { redocOperationAnchor } from "./redoc-anchor.js";

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  /** The reference page with the operation's Redoc anchor, relative to the site root. */
  referenceHref: string;
  /** The security schemes of the operation's first security requirement. */
  security: SecurityModel[];
  /** Every path parameter with its documented example, in path order. */
  pathParams: ParameterExample[];
  /** The query parameters that document an example (and required ones), in spec order. */
  query: ParameterExample[];
  requestBody?: RequestBodyModel;
}

export interface SecurityModel {
  name: string;
  scheme: SecuritySchemeMetadata;
}

export interface ParameterExample {
  name: string;
  value: unknown;
}

export interface RequestBodyModel extends RequestBodyMetadata {
  /** The first documented example of the body's media type. */
  example: NamedExample;
}

/** One operation of a bundled spec with the examples its curl and client sample are made of. */
export function operationModel(
  document: unknown,
  operation: SpecOperation,
  metadata: SpecMetadata,
  { referencePage, where }: { referencePage: string; where: string },
): OperationModel {
  const { operationId, method, path } = operation;
  const runtime = metadata.operations[operationId];
  if (runtime === undefined) throw new Error(`${where}: no metadata for the operation`);
  const { summary, tags: rawTags } = operation.operation;
  const tags = Array.isArray(rawTags) ? rawTags.map(String) : [];
  const request = requestOf(document, operation, where);
  return {
    operationId,
    method,
    path,
    summary: typeof summary === "string" ? summary : operationId,
    tags,
    referenceHref: `${referencePage}${redocOperationAnchor(operationId, tags)}`,
    security: runtime.security.map((name) => {
      const scheme = metadata.securitySchemes[name];
      if (scheme === undefined) throw new Error(`${where}: unknown security scheme ${name}`);
      return { name, scheme };
    }),
    pathParams: pathParamNames(path).map((name) => {
      if (!(name in request.path)) {
        throw new Error(`${where}: path parameter "${name}" is not declared`);
      }
      return { name, value: request.path[name] };
    }),
    query: Object.entries(request.query).map(([name, value]) => ({ name, value })),
    ...(runtime.requestBody
      ? { requestBody: requestBodyModel(request, runtime.requestBody, where) }
      : {}),
  };
}

/** The request the operation's spec documents; what it lacks is named with the operation. */
function requestOf(document: unknown, operation: SpecOperation, where: string): DocumentedRequest {
  try {
    return documentedRequest(document, operation);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
}

function requestBodyModel(
  request: DocumentedRequest,
  metadata: RequestBodyMetadata,
  where: string,
): RequestBodyModel {
  if (request.body === undefined) {
    throw new Error(`${where}: the ${metadata.mediaType} request body documents no example`);
  }
  return { ...metadata, example: request.body.example };
}
