/**
 * The operations of the bundled vendor specs, as the contract cases need them.
 *
 * Every vendor package that has a bundled spec (`packages/<vendor>/src/generated/openapi.json`,
 * written by codegen) is a vendor here; its directory name is the gateway prefix (the gateway
 * serves `specs/<prefix>.yaml` under `/<prefix>`). Operations, parameters, request examples,
 * responses and security come from the documents themselves, so a new operation (or a new
 * vendor package) is covered without touching the tests.
 *
 * Reading the documents and validating against them is `@switchboard/spec-validation` (shared
 * with tests/specs): one strict Ajv 2020 instance per vendor, every `components.schemas` entry
 * registered under `<document id>#<JSON Pointer>` so `$ref`s resolve exactly as the spec wrote
 * them, OpenAPI's own keywords and every `x-` extension registered as annotations only.
 */
import { fileURLToPath } from "node:url";

import {
  atPointer,
  bundledVendors,
  effectiveParameters,
  escapePointerToken,
  isObject,
  pathOperations,
  resolvePointer,
  specDocument,
  type HttpMethod,
  type JsonObject,
} from "@switchboard/spec-validation";

export const packageRoot = fileURLToPath(new URL("../", import.meta.url));

/** Every vendor with a bundled spec, sorted: the package directory name is the gateway prefix. */
export { bundledVendors as vendors };

export interface NamedExample {
  name: string;
  value: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** Pointer to the parameter's schema. */
  schemaPointer: string;
  /** The parameter's own `example`, or the first of `examples`, or its schema's first example. */
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

function namedExamples(media: JsonObject): NamedExample[] {
  if (isObject(media.examples)) {
    return Object.entries(media.examples).map(([name, example]) => ({
      name,
      value: isObject(example) ? example.value : undefined,
    }));
  }
  return "example" in media ? [{ name: "example", value: media.example }] : [];
}

function parameterExample(vendor: string, parameter: JsonObject, schemaPointer: string): unknown {
  if ("example" in parameter) return parameter.example;
  if (isObject(parameter.examples)) {
    const first = Object.values(parameter.examples)[0];
    if (isObject(first)) return first.value;
  }
  const schema = atPointer(specDocument(vendor), resolvePointer(vendor, schemaPointer));
  return isObject(schema) && Array.isArray(schema.examples) ? schema.examples[0] : undefined;
}

function parametersOf(vendor: string, path: string, method: HttpMethod): Parameter[] {
  return effectiveParameters(vendor, path, method).map(({ pointer, parameter }) => {
    const schemaPointer = `${pointer}/schema`;
    return {
      name: String(parameter.name),
      in: parameter.in,
      required: parameter.required === true,
      schemaPointer,
      example: parameterExample(vendor, parameter, schemaPointer),
    };
  });
}

function securityOf(vendor: string, operation: JsonObject): SecurityScheme[] {
  const document = specDocument(vendor);
  const requirements = (operation.security ?? document.security ?? []) as JsonObject[];
  const first = requirements[0] ?? {};
  const schemes = (
    isObject(document.components) && isObject(document.components.securitySchemes)
      ? document.components.securitySchemes
      : {}
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
  const bodyPointer = resolvePointer(vendor, `${operationPointer}/requestBody`);
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
      examples: namedExamples(media),
    })),
  };
}

function responsesOf(vendor: string, operationPointer: string): ResponseDoc[] {
  const document = specDocument(vendor);
  const responses = atPointer(document, `${operationPointer}/responses`);
  return Object.keys(isObject(responses) ? responses : {}).map((status) => {
    const pointer = resolvePointer(
      vendor,
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
      examples: json === undefined ? [] : namedExamples(content[json]!),
      headers: Object.keys(isObject(response.headers) ? response.headers : {}),
    };
  });
}

/** Every operation of one vendor's bundled spec, in document order. */
export function operationsOf(vendor: string): Operation[] {
  return pathOperations(vendor).map(({ method, path, pointer, operation }) => {
    const operationId = String(operation.operationId ?? `${method} ${path}`);
    return {
      vendor,
      operationId,
      method: method.toUpperCase(),
      path,
      pointer,
      parameters: parametersOf(vendor, path, method),
      requestBody: requestBodyOf(vendor, pointer),
      responses: responsesOf(vendor, pointer),
      security: securityOf(vendor, operation),
      label: `${vendor} ${operationId}`,
    };
  });
}

/** Every operation of every vendor. */
export function allOperations(): Operation[] {
  return bundledVendors().flatMap(operationsOf);
}

/** The operation's documented success response (the lowest 2xx). */
export function successResponse(operation: Operation): ResponseDoc {
  const success = operation.responses
    .filter((response) => /^2\d\d$/.test(response.status))
    .sort((a, b) => a.status.localeCompare(b.status))[0];
  if (!success) throw new Error(`${operation.label}: no documented 2xx response`);
  return success;
}

export function documentedResponse(operation: Operation, status: number): ResponseDoc | undefined {
  return operation.responses.find((response) => response.status === String(status));
}

/** The documented status of a rejected request: 422 (FastAPI) or 400 (Twilio). */
export function validationResponse(operation: Operation): ResponseDoc {
  const candidates = operation.responses.filter((response) =>
    ["400", "422"].includes(response.status),
  );
  if (candidates.length !== 1) {
    throw new Error(
      `${operation.label}: expected exactly one documented validation error (400 or 422), found ${candidates.length}`,
    );
  }
  return candidates[0]!;
}

/** How the vendor words a rejected request, read off its validation error schema. */
export type ErrorShape = "fastapi" | "twilio";

export function errorShape(operation: Operation): ErrorShape {
  const response = validationResponse(operation);
  const schema = resolvedSchema(operation.vendor, response.schemaPointer!);
  const properties = isObject(schema.properties) ? schema.properties : {};
  if ("detail" in properties) return "fastapi";
  if (["code", "message", "more_info"].every((key) => key in properties)) return "twilio";
  throw new Error(`${operation.label}: unknown validation error shape`);
}

/** The schema object at `pointer`, `$ref`s followed. */
export function resolvedSchema(vendor: string, pointer: string): JsonObject {
  const schema = atPointer(specDocument(vendor), resolvePointer(vendor, pointer));
  if (!isObject(schema)) throw new Error(`${vendor}: no schema object at ${pointer}`);
  return schema;
}

/** The schema object a `$ref` (or an inline schema) denotes. */
export function deref(vendor: string, schema: unknown): JsonObject {
  let node = schema;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === "string") {
    if (seen.has(node.$ref)) throw new Error(`${vendor}: $ref cycle at ${node.$ref}`);
    seen.add(node.$ref);
    node = atPointer(specDocument(vendor), decodeURIComponent(node.$ref.slice(1)));
  }
  if (!isObject(node)) throw new Error(`${vendor}: not a schema object`);
  return node;
}
