/*
 * Prism's request validation (`validateInput` of prism-http 5.12.0, validator/index.js), compiled
 * once per operation: the same parts, in the same order, with the same rules and Prism's own
 * schema check, but with what depends only on the operation (its parameter schemas, the body
 * content and schema for each media type, its path template) worked out on first use instead of
 * on every request, and without the fp-ts plumbing. It answers one question: would Prism find
 * nothing at all to report?
 */
import type { IHttpRequest } from "@stoplight/prism-http";
import {
  mergeAllOf,
  parseMIMEHeader,
  prismDeserializers,
  prismInputParts,
  stripReadOnlyProperties,
  typeIs,
  URI,
  wildcardMediaTypeMatch,
  type MediaTypeContent,
  type PrismDeserializer,
} from "../../prism/prism-internals.js";
import { compileSchemaCheck } from "../../prism/prism-schema-check.js";
import { boundedMemo } from "../bounded-memo.js";
import type { PrismOperation } from "../vendor.js";

const INPUT = 0;

/** Whether Prism's `validateInput` would pass a request to the operation it was compiled for. */
export type InputCheck = (element: IHttpRequest) => boolean;

type Bundle = unknown;
type RequestSpec = NonNullable<PrismOperation["request"]>;
type RequestBody = NonNullable<RequestSpec["body"]>;
type Parameter = NonNullable<RequestSpec["query" | "headers" | "path"]>[number];

/** Prism's verdict on the request's body, headers, query and path, compiled for `operation`. */
export function compileInputCheck(operation: PrismOperation): InputCheck {
  const { request } = operation;
  if (!request) return () => true;
  const bundle = (operation as { __bundled__?: unknown }).__bundled__;
  const body = compileBodyCheck(request.body, bundle);
  const headers = request.headers && compileParameterCheck(request.headers, "header", bundle);
  const query = request.query && compileParameterCheck(request.query, "query", bundle);
  const path = request.path && compileParameterCheck(request.path, "path", bundle);
  const template = new URI.Template(operation.path);
  return (element) => {
    const elementHeaders = element.headers ?? {};
    return (
      body(element.body, elementHeaders) &&
      (!headers || headers(elementHeaders)) &&
      (!query || query(element.url.query ?? {})) &&
      (!path || path(template.match(element.url.path)))
    );
  };
}

/**
 * Prism's `validateParams` for one location: deprecated parameters present are a warning; the
 * rest are deserialized in their style, then checked, with coercion, against one object schema.
 */
function compileParameterCheck(
  specs: readonly Parameter[],
  location: "header" | "query" | "path",
  bundle: Bundle,
): (target: Record<string, unknown>) => boolean {
  // Prism keys parameters by lower-case name; a later one of the same name wins.
  const byName = new Map<string, Parameter>();
  for (const spec of specs) byName.set(spec.name.toLowerCase(), spec);
  const properties: Record<string, unknown> = {};
  for (const [name, spec] of byName) if (spec.schema) properties[name] = spec.schema;
  const schema = {
    type: "object",
    properties,
    required: specs.filter((spec) => spec.required).map((spec) => spec.name.toLowerCase()),
  };
  const deserializers = prismDeserializers[location];
  const defaultStyle = location === "query" ? "form" : "simple";
  const readers = [...byName].flatMap(([name, spec]) => {
    const deserialize: PrismDeserializer | undefined =
      deserializers[(spec.style as string | undefined) || defaultStyle];
    const property = properties[name] as { type?: unknown } | undefined;
    return deserialize ? [{ name, deserialize, property, explode: spec.explode || false }] : [];
  });
  const check = compileSchemaCheck(schema, true, bundle);
  // Prism reads these by the name as written, not lower-cased.
  const deprecated = specs.filter((spec) => spec.deprecated).map((spec) => spec.name);
  return (target) => {
    for (const name of deprecated) if (target[name]) return false;
    const lowered: Record<string, unknown> = {};
    for (const key of Object.keys(target)) {
      const value = target[key];
      // A list is copied: coercion changes the values it checks in place.
      lowered[key.toLowerCase()] = Array.isArray(value) ? [...value] : value;
    }
    const values: Record<string, unknown> = {};
    for (const { name, deserialize, property, explode } of readers) {
      const value = deserialize(name, lowered, property, explode);
      // Prism keeps only truthy values (lodash `pickBy`).
      if (value) values[name] = value;
    }
    return check(values);
  };
}

/** How Prism checks a body sent with one media type (or none). */
interface BodyRule {
  /** Whether a non-empty body may be sent with it. */
  documented: boolean;
  /** Whether Prism's `validateBody` finds nothing in the body. */
  passes(body: unknown, boundary: string | undefined): boolean;
}

/** Prism's `validateInputBody`: a required body, a media type it documents, then the schema. */
function compileBodyCheck(
  requestBody: RequestBody | undefined,
  bundle: Bundle,
): (body: unknown, headers: object) => boolean {
  const ruleFor = boundedMemo((mediaType: string | undefined) =>
    bodyRule(requestBody, mediaType, bundle),
  );
  return (body, headers) => {
    // Prism's own test: a falsy body counts as none.
    if (requestBody?.required && !body) return false;
    const contentType = headerOf(headers, "content-type");
    const [boundary, mediaType] = contentType ? mimeHeaderOf(contentType) : [];
    // Without a radix, as Prism reads it (`0x10` is 16).
    const contentLength = parseInt(headerOf(headers, "content-length") ?? "") || 0;
    if (contentLength !== 0 && !(requestBody && ruleFor(mediaType).documented)) return false;
    if (!requestBody || body === undefined || body === null) return true;
    return ruleFor(mediaType).passes(body, boundary);
  };
}

function bodyRule(
  requestBody: RequestBody | undefined,
  mediaType: string | undefined,
  bundle: Bundle,
): BodyRule {
  const contents = requestBody?.contents;
  const documented =
    mediaType === undefined ||
    contents === undefined ||
    contents.some(
      (content) => !content.mediaType || wildcardMediaTypeMatch(mediaType, content.mediaType),
    );
  const specs = contents ?? [];
  // Prism's `validateBody`: the content for the media type, else the first; with no media type
  // (or no content at all) the first content, read as the made-up media type "random".
  const matching =
    mediaType === undefined
      ? undefined
      : (specs.find((spec) => wildcardMediaTypeMatch(mediaType, spec.mediaType)) ?? specs[0]);
  const [content, readAs] = matching
    ? [matching, mediaType as string]
    : [specs[0] ?? ({} as Partial<MediaTypeContent>), "random"];
  const schema = content.schema ? requestSchemaOf(content.schema) : undefined;
  if (!schema) return { documented, passes: () => true };
  if (typeIs.is(readAs, ["application/x-www-form-urlencoded", "multipart/form-data"])) {
    // Forms: Prism's own steps, uncompiled (the engine decodes JSON form fields before this).
    return {
      documented,
      passes: (body, boundary) =>
        prismInputParts.validateBody(body, specs, INPUT, mediaType, boundary, bundle)._tag ===
        "Right",
    };
  }
  const check = compileSchemaCheck(schema, false, bundle);
  return { documented, passes: (body) => check(body) };
}

const requestSchemas = new WeakMap<object, object | null>();

/** The body schema Prism validates a request against: `allOf` merged, read-only properties out. */
function requestSchemaOf(schema: object): object | undefined {
  let prepared = requestSchemas.get(schema);
  if (prepared === undefined) {
    let merged = schema;
    try {
      merged = mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
    } catch {
      // Prism validates against the schema as written when it cannot merge it.
    }
    const stripped = stripReadOnlyProperties(merged);
    prepared = stripped._tag === "Some" ? stripped.value : null;
    requestSchemas.set(schema, prepared);
  }
  return prepared ?? undefined;
}

/** A header by any case, as Prism reads it (`caseless`: the last name that matches wins). */
function headerOf(headers: object, lowerCaseName: string): string | undefined {
  let value: string | undefined;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === lowerCaseName) value = (headers as Record<string, string>)[name];
  }
  return value;
}

/** `[boundary, media type]` of a Content-Type, as Prism reads it, parsed once per value. */
const mimeHeaderOf: (contentType: string) => [string | undefined, string] =
  boundedMemo(parseMIMEHeader);
