/**
 * A strict JSON Schema 2020-12 validator (Ajv 8) for the schemas of one OpenAPI 3.1 document.
 *
 * Strict mode stays on. The OpenAPI keywords JSON Schema does not know (`example`,
 * `discriminator`, `xml`, `externalDocs`) and every `x-` extension key found in the document are
 * registered as annotation-only keywords, so any other unknown keyword still fails compilation.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

import { isObject } from "@switchboard/client-runtime/spec";

/** Schema keywords OpenAPI 3.1 adds to JSON Schema (the OAS base vocabulary); annotations here. */
export const openApiSchemaKeywords = ["example", "discriminator", "xml", "externalDocs"] as const;

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

/** A fresh Ajv 2020 instance (formats added) that knows the document's annotation keywords. */
export function createOpenApiAjv(document: unknown): Ajv2020 {
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
  return ajv;
}
