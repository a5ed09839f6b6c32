/**
 * A standard JSON Schema 2020-12 validator (Ajv 8, strict mode) over the bundled vendor specs.
 *
 * Each vendor's generated `openapi.json` is read from disk and gets its own Ajv instance. Every
 * schema is registered under its own location in the document as a URI: the document's per-vendor
 * id plus a JSON Pointer fragment, e.g. `https://switchboard.invalid/specs/syllable/openapi.json
 * #/components/schemas/ChannelServices`. OpenAPI 3.1 resolves a Schema Object's `$ref` against the
 * document it sits in, so `"#/components/schemas/X"` written anywhere in a registered schema
 * resolves to exactly that registered URI: every `$ref` stays as the spec wrote it. All of
 * `components.schemas` is registered up front; a request body's or parameter's inline schema is
 * registered (under its own pointer) when a test asks for it. The document root is never compiled
 * as a schema (it is not one: Ajv would compile `openapi`, `paths`, ... as unknown keywords).
 *
 * Strict mode stays on. The OpenAPI keywords JSON Schema does not know (`example`,
 * `discriminator`, `xml`, `externalDocs`) and every `x-` extension key found in the document are
 * registered as annotation-only keywords, so any other unknown keyword still fails compilation.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

export const vendors = ["syllable", "healthing", "watsonx-orchestrate", "twilio-flex"] as const;
export type Vendor = (typeof vendors)[number];

/** Schema keywords OpenAPI 3.1 adds to JSON Schema (the OAS base vocabulary); annotations here. */
export const openApiSchemaKeywords = ["example", "discriminator", "xml", "externalDocs"] as const;

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type JsonObject = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: unknown;
  [key: string]: unknown;
}

export interface OpenApiOperation {
  operationId: string;
  method: (typeof httpMethods)[number];
  path: string;
  /** JSON Pointer (unescaped form, e.g. `/paths/~1api~1v1~1channels~1/put`) to the operation. */
  pointer: string;
  operation: JsonObject;
}

interface LoadedSpec {
  vendor: Vendor;
  id: string;
  document: JsonObject;
  ajv: Ajv2020;
  /** JSON Pointers of the schemas added to `ajv` (each under {@link schemaUri}). */
  registered: Set<string>;
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Where codegen writes a vendor's bundled spec. */
export function bundledSpecPath(vendor: Vendor): string {
  return `${repoRoot}packages/${vendor}/src/generated/openapi.json`;
}

/** The `$id` a vendor's document is registered under in its Ajv instance. */
export function specId(vendor: Vendor): string {
  return `https://switchboard.invalid/specs/${vendor}/openapi.json`;
}

const loaded = new Map<Vendor, LoadedSpec>();

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every `x-` key used anywhere in the document (sorted). */
export function extensionKeys(document: unknown): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith("x-")) keys.add(key);
        walk(value);
      }
    }
  };
  walk(document);
  return [...keys].sort();
}

function load(vendor: Vendor): LoadedSpec {
  const cached = loaded.get(vendor);
  if (cached) return cached;

  const document = JSON.parse(readFileSync(bundledSpecPath(vendor), "utf8")) as JsonObject;
  const ajv = new Ajv2020({
    // Every strict option on (strictSchema, strictNumbers, strictTypes, strictTuples,
    // strictRequired): unknown keywords, ignored keywords and type mistakes fail compilation.
    strict: true,
    // OpenAPI 3.1 writes nullability as JSON Schema type arrays (`type: [string, "null"]`).
    allowUnionTypes: true,
    // Report every failure, so tests can check that a mutation fails only where it was made.
    allErrors: true,
  });
  addFormatsModule.default(ajv);
  ajv.addVocabulary([...openApiSchemaKeywords, ...extensionKeys(document)]);

  const spec: LoadedSpec = { vendor, id: specId(vendor), document, ajv, registered: new Set() };
  const components = isObject(document.components) ? document.components : {};
  for (const name of Object.keys(isObject(components.schemas) ? components.schemas : {})) {
    register(spec, pointerOf("components", "schemas", name));
  }
  loaded.set(vendor, spec);
  return spec;
}

/** `<document id>#<pointer>`, each pointer token URI-encoded as a fragment requires. */
export function schemaUri(vendor: Vendor, pointer: string): string {
  return `${specId(vendor)}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}

/** Adds the schema at `pointer` to the vendor's Ajv under its URI (not compiled yet). */
function register(spec: LoadedSpec, pointer: string): void {
  if (spec.registered.has(pointer)) return;
  const schema = atPointer(spec.document, pointer);
  if (!isObject(schema) && typeof schema !== "boolean") {
    throw new Error(`${spec.vendor}: no schema at ${pointer}`);
  }
  spec.ajv.addSchema(schema, schemaUri(spec.vendor, pointer));
  spec.registered.add(pointer);
}

/** The parsed bundled document (cached; do not mutate). */
export function specDocument(vendor: Vendor): JsonObject {
  return load(vendor).document;
}

/** The vendor's Ajv instance, with the document's schemas added under {@link schemaUri}. */
export function ajvFor(vendor: Vendor): Ajv2020 {
  return load(vendor).ajv;
}

function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function pointerOf(...tokens: string[]): string {
  return tokens.map((token) => `/${escapePointerToken(token)}`).join("");
}

function atPointer(document: JsonObject, pointer: string): unknown {
  let node: unknown = document;
  for (const token of pointer.split("/").slice(1)) {
    const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Compiles (once) the schema at a JSON Pointer inside the vendor's document. */
export function validatorAt(vendor: Vendor, pointer: string): ValidateFunction {
  const spec = load(vendor);
  register(spec, pointer);
  const validate = spec.ajv.getSchema(schemaUri(vendor, pointer));
  if (!validate) throw new Error(`${vendor}: Ajv could not resolve the schema at ${pointer}`);
  return validate;
}

/** Finds an operation by `operationId`; throws unless exactly one operation has it. */
export function findOperation(vendor: Vendor, operationId: string): OpenApiOperation {
  const document = specDocument(vendor);
  const found: OpenApiOperation[] = [];
  for (const [path, pathItem] of Object.entries((document.paths ?? {}) as JsonObject)) {
    if (!isObject(pathItem)) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (isObject(operation) && operation.operationId === operationId) {
        found.push({
          operationId,
          method,
          path,
          pointer: pointerOf("paths", path, method),
          operation,
        });
      }
    }
  }
  if (found.length !== 1) {
    throw new Error(`${vendor}: expected one operation "${operationId}", found ${found.length}`);
  }
  return found[0]!;
}

/** Follows a local `$ref` (`#/components/...`) in a non-schema object; returns its pointer. */
function resolveLocal(vendor: Vendor, pointer: string): string {
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

interface LocatedParameter {
  pointer: string;
  parameter: OpenApiParameter;
}

/** The operation's effective parameters: path-item level, overridden by operation level. */
function locatedParameters(vendor: Vendor, operationId: string): LocatedParameter[] {
  const { path, method } = findOperation(vendor, operationId);
  const document = specDocument(vendor);
  const byKey = new Map<string, LocatedParameter>();
  for (const ownerPointer of [pointerOf("paths", path), pointerOf("paths", path, method)]) {
    const list = atPointer(document, `${ownerPointer}/parameters`);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const pointer = resolveLocal(vendor, `${ownerPointer}/parameters/${index}`);
      const parameter = atPointer(document, pointer) as OpenApiParameter;
      byKey.set(`${parameter.in}:${parameter.name}`, { pointer, parameter });
    });
  }
  return [...byKey.values()];
}

/** All effective parameters of an operation (path-item and operation level). */
export function operationParameters(vendor: Vendor, operationId: string): OpenApiParameter[] {
  return locatedParameters(vendor, operationId).map(({ parameter }) => parameter);
}

function locateParameter(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): LocatedParameter {
  const matches = locatedParameters(vendor, operationId).filter(
    ({ parameter }) => parameter.name === name && (!location || parameter.in === location),
  );
  if (matches.length !== 1) {
    throw new Error(
      `${vendor} ${operationId}: expected one parameter "${name}", found ${matches.length}`,
    );
  }
  return matches[0]!;
}

/** One parameter object of an operation, by name (and optionally location). */
export function findParameter(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): OpenApiParameter {
  return locateParameter(vendor, operationId, name, location).parameter;
}

/**
 * Validator for one parameter's `schema`, compiled where it sits in the document (so its `$ref`s
 * resolve as written). It validates the deserialized value (e.g. the number 679645 for an
 * `integer` path segment), which is what a parameter schema describes.
 */
export function parameterValidator(
  vendor: Vendor,
  operationId: string,
  name: string,
  location?: OpenApiParameter["in"],
): ValidateFunction {
  const { pointer, parameter } = locateParameter(vendor, operationId, name, location);
  if (parameter.schema === undefined) {
    throw new Error(`${vendor} ${operationId}: parameter "${name}" has no schema`);
  }
  return validatorAt(vendor, `${pointer}/schema`);
}

function requestBodyContent(
  vendor: Vendor,
  operationId: string,
  mediaType?: string,
): { pointer: string; mediaType: string; media: JsonObject } {
  const { pointer: operationPointer } = findOperation(vendor, operationId);
  const bodyPointer = resolveLocal(vendor, `${operationPointer}/requestBody`);
  const body = atPointer(specDocument(vendor), bodyPointer);
  if (!isObject(body) || !isObject(body.content)) {
    throw new Error(`${vendor} ${operationId}: no request body`);
  }
  const mediaTypes = Object.keys(body.content);
  const chosen = mediaType ?? (mediaTypes.length === 1 ? mediaTypes[0] : undefined);
  if (!chosen || !isObject(body.content[chosen])) {
    throw new Error(
      `${vendor} ${operationId}: pick a request media type from ${mediaTypes.join(", ")}`,
    );
  }
  return {
    pointer: `${bodyPointer}/content/${escapePointerToken(chosen)}`,
    mediaType: chosen,
    media: body.content[chosen] as JsonObject,
  };
}

/**
 * Validator for an operation's request body schema (for the only media type, or the one named).
 * Form bodies are validated in their decoded form; see {@link decodeFormBody}.
 */
export function requestBodyValidator(
  vendor: Vendor,
  operationId: string,
  mediaType?: string,
): ValidateFunction {
  const { pointer } = requestBodyContent(vendor, operationId, mediaType);
  return validatorAt(vendor, `${pointer}/schema`);
}

/**
 * Decodes an `application/x-www-form-urlencoded` body the way the operation's media type
 * `encoding` says: a field whose `contentType` is `application/json` carries one JSON document
 * and is parsed; every other field stays the string it was sent as.
 */
export function decodeFormBody(
  vendor: Vendor,
  operationId: string,
  form: string | Record<string, string>,
): Record<string, unknown> {
  const mediaType = "application/x-www-form-urlencoded";
  const { media } = requestBodyContent(vendor, operationId, mediaType);
  const encoding = (isObject(media.encoding) ? media.encoding : {}) as Record<string, JsonObject>;
  const fields = typeof form === "string" ? [...new URLSearchParams(form)] : Object.entries(form);
  const decoded: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    const contentType = encoding[name]?.contentType;
    decoded[name] = contentType === "application/json" ? (JSON.parse(value) as unknown) : value;
  }
  return decoded;
}

/** Ajv's errors, trimmed to what the tests compare. */
export function errorSummary(errors: ErrorObject[] | null | undefined): Array<{
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}> {
  return (errors ?? []).map(({ keyword, instancePath, params, message }) => ({
    keyword,
    instancePath,
    params,
    ...(message === undefined ? {} : { message }),
  }));
}
