import {
  pathParamNames,
  type HttpMethod,
  type RequestBodyMetadata,
  type SecuritySchemeMetadata,
  type SpecMetadata,
} from "@switchboard/client-runtime";
import { HTTP_METHODS } from "@switchboard/codegen";
import { redocOperationAnchor } from "./redoc-anchor.js";

type JsonObject = Record<string, unknown>;

/** One API of redocly.yaml with everything the site is made from. */
export interface SpecInput {
  /** The API's name in redocly.yaml, e.g. `twilio-flex@v1`. */
  apiName: string;
  /** The gateway prefix, the package folder and the spec's base name, e.g. `twilio-flex`. */
  prefix: string;
  /** The vendor's client package, e.g. `@switchboard/twilio-flex`. */
  packageName: string;
  /** The bundled spec, `<package>/src/generated/openapi.json`. */
  document: JsonObject;
  /** The run-time metadata the vendor package exports (`metadata`). */
  metadata: SpecMetadata;
}

export interface SiteModel {
  vendors: VendorModel[];
}

export interface VendorModel {
  apiName: string;
  prefix: string;
  packageName: string;
  /** The vendor's key in the `createSwitchboard` options, e.g. `twilioFlex`. */
  facadeKey: string;
  title: string;
  version: string;
  /** The description's first paragraph (Markdown), with the list it introduces, if any. */
  lead: string;
  /** The reference page, relative to the site root: `reference/<prefix>.html`. */
  referencePage: string;
  operations: OperationModel[];
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  /** The reference page with the operation's Redoc anchor, relative to the site root. */
  referenceHref: string;
  /** The security schemes of the operation's first security requirement. */
  security: { name: string; scheme: SecuritySchemeMetadata }[];
  /** Every path parameter with its documented example, in path order. */
  pathParams: ParameterExample[];
  /** The query parameters that document an example (and required ones), in spec order. */
  query: ParameterExample[];
  requestBody?: RequestBodyModel;
}

export interface ParameterExample {
  name: string;
  value: unknown;
}

export interface RequestBodyModel extends RequestBodyMetadata {
  /** The first documented example of the body's media type. */
  example: DocumentedExample;
}

export interface DocumentedExample {
  /** The key under `examples`, absent for `example` or a schema's `examples`. */
  name?: string;
  summary?: string;
  value: unknown;
}

/** Specs in, the site's vendors and operations out; every operation of every spec, in spec order. */
export function buildSiteModel(inputs: readonly SpecInput[]): SiteModel {
  return { vendors: inputs.map(vendorModel) };
}

function vendorModel(input: SpecInput): VendorModel {
  const { document, metadata, prefix } = input;
  const info = asObject(document.info);
  const referencePage = `reference/${prefix}.html`;
  const operations: OperationModel[] = [];
  const documented = new Set<string>();
  for (const [path, rawPathItem] of Object.entries(asObject(document.paths))) {
    const pathItem = asObject(deref(document, rawPathItem));
    for (const [method, rawOperation] of Object.entries(pathItem)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = asObject(rawOperation);
      const operationId = operation.operationId;
      if (typeof operationId !== "string") {
        throw new Error(`${prefix}: ${method.toUpperCase()} ${path} has no operationId`);
      }
      documented.add(operationId);
      const where = `${prefix}.${operationId}`;
      const runtime = metadata.operations[operationId];
      if (runtime === undefined || runtime.method !== method || runtime.path !== path) {
        throw new Error(
          `${where}: the package's metadata does not match the bundled spec; run \`pnpm generate\``,
        );
      }
      const tags = Array.isArray(operation.tags) ? operation.tags.map(String) : [];
      const parameters = operationParameters(document, pathItem, operation);
      operations.push({
        operationId,
        method: runtime.method,
        path,
        summary: typeof operation.summary === "string" ? operation.summary : operationId,
        tags,
        referenceHref: `${referencePage}${redocOperationAnchor(operationId, tags)}`,
        security: runtime.security.map((name) => {
          const scheme = metadata.securitySchemes[name];
          if (scheme === undefined) throw new Error(`${where}: unknown security scheme ${name}`);
          return { name, scheme };
        }),
        pathParams: pathParamNames(path).map((name) => {
          const parameter = parameters.find((p) => p.in === "path" && p.name === name);
          const value = parameter && parameterExample(document, parameter);
          if (value === undefined) {
            throw new Error(`${where}: path parameter "${name}" documents no example`);
          }
          return { name, value };
        }),
        query: queryExamples(document, parameters, where),
        ...(runtime.requestBody
          ? { requestBody: requestBodyModel(document, operation, runtime.requestBody, where) }
          : {}),
      });
    }
  }
  const undocumented = Object.keys(metadata.operations).filter((id) => !documented.has(id));
  if (undocumented.length > 0) {
    throw new Error(
      `${prefix}: the package's metadata has operations the bundled spec lacks (${undocumented.join(", ")}); run \`pnpm generate\``,
    );
  }
  return {
    apiName: input.apiName,
    prefix,
    packageName: input.packageName,
    facadeKey: camelCase(prefix),
    title: String(info.title ?? prefix),
    version: String(info.version ?? ""),
    lead: leadOf(typeof info.description === "string" ? info.description : ""),
    referencePage,
    operations,
  };
}

/** `twilio-flex` → `twilioFlex`, the facade's spelling of a vendor. */
export function camelCase(prefix: string): string {
  return prefix.replace(/[-_.]+([a-z0-9])/gi, (_, char: string) => char.toUpperCase());
}

/**
 * The first paragraph of a Markdown description, and when it ends in a colon, the list that
 * follows it (the paragraph would read as cut off without it).
 */
export function leadOf(description: string): string {
  const blocks = description
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim());
  const [first = "", second] = blocks;
  if (first.endsWith(":") && second !== undefined && /^[-*] /.test(second)) {
    return `${first}\n\n${second}`;
  }
  return first;
}

interface Parameter extends JsonObject {
  name: string;
  in: string;
}

/** Path-item and operation parameters, the operation's overriding the path item's. */
function operationParameters(
  document: JsonObject,
  pathItem: JsonObject,
  operation: JsonObject,
): Parameter[] {
  const list = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((p) => asObject(deref(document, p)) as Parameter);
  const own = list(operation.parameters);
  const inherited = list(pathItem.parameters).filter(
    (p) => !own.some((o) => o.name === p.name && o.in === p.in),
  );
  return [...inherited, ...own];
}

function queryExamples(
  document: JsonObject,
  parameters: Parameter[],
  where: string,
): ParameterExample[] {
  const examples: ParameterExample[] = [];
  for (const parameter of parameters) {
    if (parameter.in !== "query") continue;
    const documented = parameter.example !== undefined || parameter.examples !== undefined;
    if (!documented && parameter.required !== true) continue;
    const value = parameterExample(document, parameter);
    if (value === undefined) {
      throw new Error(`${where}: required query parameter "${parameter.name}" has no example`);
    }
    examples.push({ name: parameter.name, value });
  }
  return examples;
}

/** A parameter's documented value: its `example`, first `examples` entry, or its schema's. */
function parameterExample(document: JsonObject, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = firstNamedExample(document, parameter.examples);
  if (named !== undefined) return named.value;
  return schemaExample(document, parameter.schema);
}

function schemaExample(document: JsonObject, schema: unknown): unknown {
  const resolved = asObject(deref(document, schema));
  if (Array.isArray(resolved.examples) && resolved.examples.length > 0) {
    return resolved.examples[0];
  }
  return resolved.example;
}

function firstNamedExample(document: JsonObject, examples: unknown): DocumentedExample | undefined {
  if (examples === null || typeof examples !== "object") return undefined;
  for (const [name, raw] of Object.entries(examples)) {
    const example = asObject(deref(document, raw));
    if (example.value === undefined) continue;
    return {
      name,
      ...(typeof example.summary === "string" ? { summary: example.summary } : {}),
      value: example.value,
    };
  }
  return undefined;
}

function requestBodyModel(
  document: JsonObject,
  operation: JsonObject,
  metadata: RequestBodyMetadata,
  where: string,
): RequestBodyModel {
  const requestBody = asObject(deref(document, operation.requestBody));
  const media = asObject(asObject(requestBody.content)[metadata.mediaType]);
  let example = firstNamedExample(document, media.examples);
  if (example === undefined && media.example !== undefined) example = { value: media.example };
  if (example === undefined) {
    const value = schemaExample(document, media.schema);
    if (value !== undefined) example = { value };
  }
  if (example === undefined) {
    throw new Error(`${where}: the ${metadata.mediaType} request body documents no example`);
  }
  return { ...metadata, example };
}

/** Follows local `$ref`s (`#/components/...`) of the bundled document. */
function deref(document: JsonObject, value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < 32; depth += 1) {
    if (current === null || typeof current !== "object" || !("$ref" in current)) return current;
    const ref = (current as JsonObject).$ref;
    if (typeof ref !== "string" || !ref.startsWith("#/")) {
      throw new Error(`Only local $refs are supported in a bundled spec, got ${String(ref)}`);
    }
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => asObject(node)[decodeURIComponent(key)], document);
  }
  throw new Error("$ref chain too deep");
}

function asObject(value: unknown): JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as JsonObject)
    : {};
}
