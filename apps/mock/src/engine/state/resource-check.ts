/*
 * A seeded resource and its path parameters checked with Prism's own validators (Ajv, the
 * spec's formats and patterns included), each problem naming the field and the rule.
 */
import { createRequire } from "node:module";
import type { IPrismDiagnostic } from "@stoplight/prism-core";
import type * as PrismValidators from "@stoplight/prism-http/dist/validator/validators/index.js";
// Prism is loaded through here first, so the validators below come from the same instance.
import "../../prism/load-prism.js";
import type { PrismOperation } from "../vendor.js";
import { isObject, objectAlternative, type JsonSchema } from "../respond/echo.js";

const validators = createRequire(import.meta.url)(
  "@stoplight/prism-http/dist/validator/validators/index.js",
) as typeof PrismValidators;

// Prism's ValidationContext: what the checks read it as.
const INPUT = 0;
const OUTPUT = 1;

// Summaries of failures reported one by one beside them.
const SUMMARIES = new Set(["anyOf", "oneOf", "if", "allOf"]);

/** What is wrong with the resource as the operation's success response: `resource.<field>: …`. */
export function resourceProblems(
  operation: PrismOperation,
  responseSchema: JsonSchema,
  resource: unknown,
): string[] {
  const success = operation.responses.find((response) => /^2\d\d$/.test(response.code));
  const contents = (success?.contents ?? []).filter(({ mediaType }) => /json/.test(mediaType));
  const checked = validators.validateBody(
    resource,
    contents,
    OUTPUT,
    contents[0]?.mediaType,
    undefined,
    bundleOf(operation),
  );
  const problems = checked._tag === "Left" ? described(checked.left, "resource") : [];
  return [...problems, ...writeOnlyFields(resource, responseSchema, "resource")];
}

/** What is wrong with the path parameters' values: `pathParams.<name>: …`. */
export function pathParamProblems(
  operation: PrismOperation,
  pathParams: Record<string, string>,
): string[] {
  const specs = operation.request?.path ?? [];
  if (specs.length === 0) return [];
  const checked = validators.validatePath(pathParams, specs, INPUT, bundleOf(operation));
  if (checked._tag === "Right") return [];
  // Prism reports parameter names lower-cased; the problem names them as the spec spells them.
  const spelled = new Map(specs.map(({ name }) => [name.toLowerCase(), name]));
  const named = checked.left.map((diagnostic) => {
    const [where, name, ...rest] = diagnostic.path ?? [];
    if (where === undefined || name === undefined) return diagnostic;
    return { ...diagnostic, path: [where, spelled.get(name.toLowerCase()) ?? name, ...rest] };
  });
  return described(named, "pathParams");
}

function bundleOf(operation: PrismOperation): unknown {
  return (operation as { __bundled__?: unknown }).__bundled__;
}

/** One problem per field and rule; an alternative's summary only when nothing else is said. */
function described(diagnostics: readonly IPrismDiagnostic[], root: string): string[] {
  const errors = diagnostics.filter(({ severity }) => severity === 0);
  const detailed = errors.filter(({ code }) => !SUMMARIES.has(String(code)));
  const summarised = new Set(
    errors.filter(({ code }) => SUMMARIES.has(String(code))).map(({ path }) => fieldOf(path)),
  );
  const problems = (detailed.length > 0 ? detailed : errors).flatMap(({ path, code, message }) => {
    const field = fieldOf(path);
    // The `null` branch of a nullable field is refused too; the other branch says why.
    if (code === "type" && summarised.has(field) && /must be null$/.test(message)) return [];
    const required = code === "required" ? /required property '([^']+)'/.exec(message) : null;
    if (required) return [`${root}${field}.${required[1]}: required`];
    const rule = /\bmust\b.*$/.exec(message)?.[0] ?? message;
    return [`${root}${field}: ${rule} (${String(code)})`];
  });
  return [...new Set(problems)];
}

/** `.links.invites` from Prism's `["body", "links", "invites"]` (or `["path", "Sid"]`). */
function fieldOf(path: readonly string[] | undefined): string {
  return (path ?? [])
    .slice(1)
    .map((token) => `.${token}`)
    .join("");
}

/** Write-only fields (secrets) never belong to a stored resource, which is answered as is. */
function writeOnlyFields(value: unknown, schema: JsonSchema | undefined, at: string): string[] {
  if (!schema) return [];
  if (Array.isArray(value)) {
    const items = ((schema.anyOf ?? schema.oneOf)?.find((branch) => branch.items) ?? schema).items;
    return value.flatMap((item, index) => writeOnlyFields(item, items, `${at}.${index}`));
  }
  const objectSchema = isObject(value) ? objectAlternative(schema) : undefined;
  if (!isObject(value) || !objectSchema?.properties) return [];
  return Object.entries(value).flatMap(([name, item]) => {
    const property = objectSchema.properties?.[name];
    if (property?.writeOnly) return [`${at}.${name}: write-only, never answered (a secret)`];
    return writeOnlyFields(item, property, `${at}.${name}`);
  });
}
