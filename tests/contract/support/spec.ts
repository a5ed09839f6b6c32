/**
 * The bundled vendor specs, read from disk, and a standard JSON Schema 2020-12 validator over them.
 *
 * Every vendor package that has a bundled spec (`packages/<vendor>/src/generated/openapi.json`,
 * written by codegen) is a vendor here; its directory name is the gateway prefix (the gateway
 * serves `specs/<prefix>.yaml` under `/<prefix>`). Operations, parameters, request examples,
 * responses and security come from the documents themselves, so a new operation (or a new
 * vendor package) is covered without touching the tests.
 *
 * Validation follows tests/specs/support/spec-validator.ts (kept independent on purpose): one
 * strict Ajv 2020 instance per vendor, every `components.schemas` entry registered under
 * `<document id>#<JSON Pointer>` so `$ref`s resolve exactly as the spec wrote them, OpenAPI's
 * own keywords and every `x-` extension registered as annotations only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

export type JsonObject = Record<string, unknown>;

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const OPENAPI_SCHEMA_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every vendor with a bundled spec, sorted: the package directory name is the gateway prefix. */
export function vendors(): string[] {
  const packages = `${repoRoot}packages/`;
  return readdirSync(packages)
    .filter((name) => existsSync(bundledSpecPath(name)))
    .sort();
}

export function bundledSpecPath(vendor: string): string {
  return `${repoRoot}packages/${vendor}/src/generated/openapi.json`;
}

interface LoadedSpec {
  document: JsonObject;
  ajv: Ajv2020;
  registered: Set<string>;
}

const loaded = new Map<string, LoadedSpec>();

function specId(vendor: string): string {
  return `https://switchboard.invalid/specs/${vendor}/openapi.json`;
}

function extensionKeys(document: unknown): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith("x-")) keys.add(key);
        walk(value);
      }
    }
  };
  walk(document);
  return [...keys].sort();
}

function load(vendor: string): LoadedSpec {
  const cached = loaded.get(vendor);
  if (cached) return cached;
  const document = JSON.parse(readFileSync(bundledSpecPath(vendor), "utf8")) as JsonObject;
  // strict: unknown keywords fail compilation; allowUnionTypes: `type: [string, "null"]`.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormatsModule.default(ajv);
  ajv.addVocabulary([...OPENAPI_SCHEMA_KEYWORDS, ...extensionKeys(document)]);
  const spec: LoadedSpec = { document, ajv, registered: new Set() };
  const components = isObject(document.components) ? document.components : {};
  for (const name of Object.keys(isObject(components.schemas) ? components.schemas : {})) {
    register(vendor, spec, pointerOf("components", "schemas", name));
  }
  loaded.set(vendor, spec);
  return spec;
}

function schemaUri(vendor: string, pointer: string): string {
  return `${specId(vendor)}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}

function register(vendor: string, spec: LoadedSpec, pointer: string): void {
  if (spec.registered.has(pointer)) return;
  const schema = atPointer(spec.document, pointer);
  if (!isObject(schema) && typeof schema !== "boolean") {
    throw new Error(`${vendor}: no schema at ${pointer}`);
  }
  spec.ajv.addSchema(schema, schemaUri(vendor, pointer));
  spec.registered.add(pointer);
}

export function specDocument(vendor: string): JsonObject {
  return load(vendor).document;
}

function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointerOf(...tokens: string[]): string {
  return tokens.map((token) => `/${escapeToken(token)}`).join("");
}

export function atPointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows local `$ref`s until a node without one; returns that node's pointer. */
export function resolvePointer(vendor: string, pointer: string): string {
  const document = specDocument(vendor);
  const seen = new Set<string>();
  let current = pointer;
  for (;;) {
    const node = atPointer(document, current);
    if (!isObject(node) || typeof node.$ref !== "string") return current;
    if (!node.$ref.startsWith("#/") || seen.has(node.$ref)) {
      throw new Error(`${vendor}: cannot follow $ref ${node.$ref} at ${current}`);
    }
    seen.add(node.$ref);
    current = decodeURIComponent(node.$ref.slice(1));
  }
}

/** A compiled validator for the schema at `pointer` (compiled where it sits, so `$ref`s resolve). */
export function validatorAt(vendor: string, pointer: string): ValidateFunction {
  const spec = load(vendor);
  register(vendor, spec, pointer);
  const validate = spec.ajv.getSchema(schemaUri(vendor, pointer));
  if (!validate) throw new Error(`${vendor}: Ajv could not compile the schema at ${pointer}`);
  return validate;
}

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

function parametersOf(vendor: string, path: string, method: string): Parameter[] {
  const document = specDocument(vendor);
  const byKey = new Map<string, Parameter>();
  for (const owner of [pointerOf("paths", path), pointerOf("paths", path, method)]) {
    const list = atPointer(document, `${owner}/parameters`);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const pointer = resolvePointer(vendor, `${owner}/parameters/${index}`);
      const parameter = atPointer(document, pointer) as JsonObject;
      const schemaPointer = `${pointer}/schema`;
      byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, {
        name: String(parameter.name),
        in: parameter.in as Parameter["in"],
        required: parameter.required === true,
        schemaPointer,
        example: parameterExample(vendor, parameter, schemaPointer),
      });
    });
  }
  return [...byKey.values()];
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
      schemaPointer: `${bodyPointer}/content/${escapeToken(mediaType)}/schema`,
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
    const pointer = resolvePointer(vendor, `${operationPointer}/responses/${escapeToken(status)}`);
    const response = atPointer(document, pointer) as JsonObject;
    const content = (isObject(response.content) ? response.content : {}) as Record<
      string,
      JsonObject
    >;
    const json = Object.keys(content).find((mediaType) => /json/i.test(mediaType));
    return {
      status,
      schemaPointer:
        json === undefined ? undefined : `${pointer}/content/${escapeToken(json)}/schema`,
      examples: json === undefined ? [] : namedExamples(content[json]!),
      headers: Object.keys(isObject(response.headers) ? response.headers : {}),
    };
  });
}

/** Every operation of one vendor's bundled spec, in document order. */
export function operationsOf(vendor: string): Operation[] {
  const document = specDocument(vendor);
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries((document.paths ?? {}) as JsonObject)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const pointer = pointerOf("paths", path, method);
      const operationId = String(operation.operationId ?? `${method} ${path}`);
      operations.push({
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
      });
    }
  }
  return operations;
}

/** Every operation of every vendor. */
export function allOperations(): Operation[] {
  return vendors().flatMap(operationsOf);
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

export interface ErrorSummary {
  keyword: string;
  instancePath: string;
  message?: string;
}

export function errorSummary(errors: ErrorObject[] | null | undefined): ErrorSummary[] {
  return (errors ?? []).map(({ keyword, instancePath, message }) => ({
    keyword,
    instancePath,
    ...(message === undefined ? {} : { message }),
  }));
}

/** JSON Pointer of an instance path given as segments. */
export function instancePath(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeToken(String(segment))}`).join("");
}
