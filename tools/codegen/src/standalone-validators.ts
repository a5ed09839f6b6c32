import { createRequire } from "node:module";
import type { JsonObject } from "@switchboard/client-runtime/spec";
import { Ajv2020, type Format } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { fastFormats } from "ajv-formats/dist/formats.js";

const UCS2LENGTH_REQUIRE = 'require("ajv/dist/runtime/ucs2length").default';

// Required, not imported: ESM-to-CommonJS interop differs between Node and bundlers.
const ucs2length = (
  createRequire(import.meta.url)("ajv/dist/runtime/ucs2length") as { default: () => number }
).default;

/**
 * ajv-formats' fast formats as plain RegExps, which Ajv inlines into standalone code. The
 * date and time formats also carry a compare function (only for `formatMinimum` and the like,
 * which no spec here uses); keeping it would make Ajv `require` ajv-formats at run time.
 */
const INLINE_FORMATS: Record<string, Format> = Object.fromEntries(
  Object.entries(fastFormats).flatMap(([name, format]): [string, Format][] => {
    if (format instanceof RegExp || typeof format === "boolean") return [[name, format]];
    if (typeof format === "object" && format.validate instanceof RegExp) {
      return [[name, format.validate]];
    }
    return [];
  }),
);

/**
 * Ajv standalone code (strict, every error reported) with one validator per schema of
 * `schemas`, each over the shared `components` schema its `$ref`s point into. Each is a module
 * constant named by {@link validatorName} of its `$id`, none exported: Ajv's functions have no
 * declarations a consumer's type checker (skipLibCheck off) would accept, so the caller
 * exports them under a type. The code imports nothing, so it runs anywhere ES modules do.
 */
export function compileStandaloneValidators(
  components: JsonObject,
  schemas: readonly JsonObject[],
): string {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    code: { source: true, esm: true, lines: true },
    formats: INLINE_FORMATS,
  });
  ajv.addSchema(components);
  const exportNames: Record<string, string> = {};
  for (const schema of schemas) {
    const id = String(schema.$id);
    const name = validatorName(id);
    if (name in exportNames) {
      throw new Error(`Validators "${exportNames[name]}" and "${id}" would share the name ${name}`);
    }
    exportNames[name] = id;
    ajv.addSchema(schema);
  }
  const code = standaloneCode
    .default(ajv, exportNames)
    .replace(/^"use strict";\s*/, "")
    .replaceAll(UCS2LENGTH_REQUIRE, "ucs2length")
    .replace(/^export const (validate_\w+) = /gm, "const $1 = ");
  if (code.includes("require(")) {
    throw new Error(
      "Validators would need a runtime require (a format or keyword Ajv cannot inline)",
    );
  }
  return [
    `// Counts code points as JSON Schema's length keywords do (Ajv's runtime helper).`,
    `const ucs2length = ${ucs2length.toString()};`,
    "",
    code,
  ].join("\n");
}

/** The module constant that holds the validator of the schema whose `$id` is `id`. */
export function validatorName(id: string): string {
  return `validate_${id.replace(/\W/g, "_")}`;
}
