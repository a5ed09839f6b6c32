/**
 * The operations of the bundled vendor specs, as the suites need them: parameters with their
 * examples, request media with their encodings and examples, responses, security. Every manifest
 * vendor is covered; its `name` is the gateway prefix. Everything is read off the documents
 * with the spec toolkit, so a new operation (or a new vendor) is covered without a test edit.
 */
import {
  atPointer,
  documentedExample,
  effectiveParameters,
  escapePointerToken,
  isObject,
  namedExamples,
  resolvePointer,
  specOperations,
  type JsonObject,
  type NamedExample,
  type SpecOperation,
} from "@switchboard/client-runtime/spec";

import { manifestVendors } from "../manifest.js";
import { specDocument } from "./bundled-spec.js";

export type { NamedExample };

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** Pointer to the parameter's schema. */
  schemaPointer: string;
  /** The parameter's documented example (its own first, else its schema's). */
  example: unknown;
}

export interface RequestMedia {
  mediaType: string;
  schemaPointer: string;
  /** Per-field encodings (form bodies): field name → content type. */
  encoding: Record<string, string>;
  examples: NamedExample[];
}

export interface ResponseDoc {
  status: string;
  /** Pointer to the JSON schema of the response body, when it has one. */
  schemaPointer: string | undefined;
  examples: NamedExample[];
  headers: string[];
}

export interface SecurityScheme {
  name: string;
  type: "apiKey" | "http";
  /** apiKey: where and under which name. */
  in?: string;
  paramName?: string;
  /** http: `basic` or `bearer`. */
  scheme?: string;
}

export interface Operation {
  /** The manifest vendor's name, which is also its gateway prefix. */
  vendor: string;
  operationId: string;
  /** Upper case, as on the wire. */
  method: string;
  path: string;
  pointer: string;
  parameters: Parameter[];
  requestBody: { required: boolean; media: RequestMedia[] } | undefined;
  responses: ResponseDoc[];
  /** The schemes of the operation's first security requirement (all of them must be satisfied). */
  security: SecurityScheme[];
  /** `vendor operationId`, unique across the suite. */
  label: string;
}

function parametersOf(vendor: string, operation: SpecOperation): Parameter[] {
  const document = specDocument(vendor);
  return effectiveParameters(document, operation).map(({ pointer, parameter }) => ({
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    schemaPointer: `${pointer}/schema`,
    example: documentedExample(document, parameter)?.value,
  }));
}

function securityOf(vendor: string, operation: JsonObject): SecurityScheme[] {
  const document = specDocument(vendor);
  const requirements = (operation.security ?? document.security ?? []) as JsonObject[];
  const first = requirements[0] ?? {};
  const components = isObject(document.components) ? document.components : {};
  const schemes = (
    isObject(components.securitySchemes) ? components.securitySchemes : {}
  ) as Record<string, JsonObject>;
  return Object.keys(first).map((name) => {
    const scheme = schemes[name];
    if (!scheme) throw new Error(`${vendor}: security scheme ${name} is not defined`);
    return {
      name,
      type: scheme.type as SecurityScheme["type"],
      ...(scheme.in === undefined ? {} : { in: String(scheme.in) }),
      ...(scheme.name === undefined ? {} : { paramName: String(scheme.name) }),
      ...(scheme.scheme === undefined ? {} : { scheme: String(scheme.scheme).toLowerCase() }),
    };
  });
}

function requestBodyOf(vendor: string, operationPointer: string): Operation["requestBody"] {
  const document = specDocument(vendor);
  if (atPointer(document, `${operationPointer}/requestBody`) === undefined) return undefined;
  const bodyPointer = resolvePointer(document, `${operationPointer}/requestBody`);
  const body = atPointer(document, bodyPointer) as JsonObject;
  const content = (isObject(body.content) ? body.content : {}) as Record<string, JsonObject>;
  return {
    required: body.required === true,
    media: Object.entries(content).map(([mediaType, media]) => ({
      mediaType,
      schemaPointer: `${bodyPointer}/content/${escapePointerToken(mediaType)}/schema`,
      encoding: Object.fromEntries(
        Object.entries(
          (isObject(media.encoding) ? media.encoding : {}) as Record<string, JsonObject>,
        )
          .filter(([, encoding]) => typeof encoding.contentType === "string")
          .map(([field, encoding]) => [field, String(encoding.contentType)]),
      ),
      examples: namedExamples(document, media),
    })),
  };
}

function responsesOf(vendor: string, operationPointer: string): ResponseDoc[] {
  const document = specDocument(vendor);
  const responses = atPointer(document, `${operationPointer}/responses`);
  return Object.keys(isObject(responses) ? responses : {}).map((status) => {
    const pointer = resolvePointer(
      document,
      `${operationPointer}/responses/${escapePointerToken(status)}`,
    );
    const response = atPointer(document, pointer) as JsonObject;
    const content = (isObject(response.content) ? response.content : {}) as Record<
      string,
      JsonObject
    >;
    const json = Object.keys(content).find((mediaType) => /json/i.test(mediaType));
    return {
      status,
      schemaPointer:
        json === undefined ? undefined : `${pointer}/content/${escapePointerToken(json)}/schema`,
      examples: json === undefined ? [] : namedExamples(document, content[json]),
      headers: Object.keys(isObject(response.headers) ? response.headers : {}),
    };
  });
}

const byVendor = new Map<string, Operation[]>();

/** Every operation of one vendor's bundled spec, in document order (read once). */
export function operationsOf(vendor: string): Operation[] {
  const cached = byVendor.get(vendor);
  if (cached) return cached;
  const operations = specOperations(specDocument(vendor)).map((found) => ({
    vendor,
    operationId: found.operationId,
    method: found.method.toUpperCase(),
    path: found.path,
    pointer: found.pointer,
    parameters: parametersOf(vendor, found),
    requestBody: requestBodyOf(vendor, found.pointer),
    responses: responsesOf(vendor, found.pointer),
    security: securityOf(vendor, found.operation),
    label: `${vendor} ${found.operationId}`,
  }));
  byVendor.set(vendor, operations);
  return operations;
}

/** Every operation of every manifest vendor. */
export function allOperations(): Operation[] {
  return manifestVendors().flatMap((vendor) => operationsOf(vendor.name));
}

/** One operation by vendor and operationId; throws unless the spec has it. */
export function findOperation(vendor: string, operationId: string): Operation {
  const found = operationsOf(vendor).find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`${vendor}: no operation "${operationId}"`);
  return found;
}
