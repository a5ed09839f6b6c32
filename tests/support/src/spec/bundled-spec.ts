/**
 * The bundled vendor specs (the manifest's `bundle`, written by codegen), each with its own
 * strict Ajv instance.
 *
 * Every schema is registered under its own location in the document as a URI: the document's
 * per-vendor id plus a JSON Pointer fragment, e.g.
 * `https://switchboard.invalid/specs/syllable/openapi.json#/components/schemas/ChannelServices`.
 * OpenAPI 3.1 resolves a Schema Object's `$ref` against the document it sits in, so
 * `"#/components/schemas/X"` written anywhere in a registered schema resolves to exactly that
 * registered URI: every `$ref` stays as the spec wrote it. All of `components.schemas` is
 * registered up front; any other schema (a request body's, a parameter's, a response's) is
 * registered under its own pointer when it is first asked for. The document root is never
 * compiled as a schema (it is not one: Ajv would compile `openapi`, `paths`, ... as unknown
 * keywords).
 */
import { readFileSync } from "node:fs";

import { atPointer, isObject, pointerOf, type JsonObject } from "@switchboard/client-runtime/spec";
import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";

import { REPO_ROOT, vendorNamed } from "../manifest.js";
import { createOpenApiAjv } from "./openapi-ajv.js";

/** The `$id` a vendor's document is registered under in its Ajv instance. */
export function specId(vendor: string): string {
  return `https://switchboard.invalid/specs/${vendor}/openapi.json`;
}

/** `<document id>#<pointer>`, each pointer token URI-encoded as a fragment requires. */
export function schemaUri(vendor: string, pointer: string): string {
  return `${specId(vendor)}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}

interface LoadedSpec {
  vendor: string;
  document: JsonObject;
  ajv: Ajv2020;
  /** JSON Pointers of the schemas added to `ajv` (each under {@link schemaUri}). */
  registered: Set<string>;
}

const loaded = new Map<string, LoadedSpec>();

function load(vendor: string): LoadedSpec {
  const cached = loaded.get(vendor);
  if (cached) return cached;

  const path = `${REPO_ROOT}${vendorNamed(vendor).bundle}`;
  const document = JSON.parse(readFileSync(path, "utf8")) as JsonObject;
  const spec: LoadedSpec = {
    vendor,
    document,
    ajv: createOpenApiAjv(document),
    registered: new Set(),
  };
  const components = isObject(document.components) ? document.components : {};
  for (const name of Object.keys(isObject(components.schemas) ? components.schemas : {})) {
    register(spec, pointerOf("components", "schemas", name));
  }
  loaded.set(vendor, spec);
  return spec;
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

/** The parsed bundled document of a vendor, by name (cached; do not mutate). */
export function specDocument(vendor: string): JsonObject {
  return load(vendor).document;
}

/** The vendor's Ajv instance, with the document's schemas added under {@link schemaUri}. */
export function ajvFor(vendor: string): Ajv2020 {
  return load(vendor).ajv;
}

/** Compiles (once) the schema at a JSON Pointer inside the vendor's document, where it sits. */
export function validatorAt(vendor: string, pointer: string): ValidateFunction {
  const spec = load(vendor);
  register(spec, pointer);
  const validate = spec.ajv.getSchema(schemaUri(vendor, pointer));
  if (!validate) throw new Error(`${vendor}: Ajv could not resolve the schema at ${pointer}`);
  return validate;
}
