import { readdir } from "node:fs/promises";
import path from "node:path";
import type { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { errorFormatOf, type ErrorFormat } from "./error-body.js";
import { prismHttp } from "./prism.js";
import { readSpecDocument } from "./spec-document.js";
import { numericParametersOf, type NumericParameter } from "./numeric-parameters.js";

type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** One spec as the gateway serves it, under `/<prefix>`. */
export interface VendorSpec {
  /** The spec's file name without `.yaml`: `twilio-flex` for `specs/twilio-flex.yaml`. */
  prefix: string;
  title: string;
  version: string;
  /** The operations Prism routes, validates and mocks. */
  operations: PrismOperation[];
  /** Request media types the spec accepts; anything else is a 415. */
  requestMediaTypes: Set<string>;
  /** Form fields the spec sends as one JSON document (`encoding.contentType: application/json`). */
  jsonFormFields: Set<string>;
  errorFormat: ErrorFormat;
  routes: Route[];
  /** Path parameter names as the spec spells them, by lower-case name (Prism lower-cases them). */
  pathParamNames: Map<string, string>;
}

/** One operation and the pattern its path template matches. */
export interface Route {
  operation: PrismOperation;
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  /** Parameters whose values must be number literals (see numeric-parameters.ts). */
  numericParameters: NumericParameter[];
}

/** An operation a request matched, with the request's path parameters. */
export interface RouteMatch {
  route: Route;
  pathParams: Record<string, string>;
}

/** The operation a request is for, with its path parameters, if any operation matches. */
export function matchRoute(spec: VendorSpec, method: string, path: string): RouteMatch | undefined {
  const wanted = method.toUpperCase();
  for (const route of spec.routes) {
    if (route.method !== wanted) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const pathParams = Object.fromEntries(
      route.paramNames.map((name, index) => [name, safeDecode(match[index + 1] ?? "")]),
    );
    return { route, pathParams };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function routeOf(operation: PrismOperation): Route {
  const paramNames: string[] = [];
  const source = operation.path
    .split(/(\{[^{}]+\})/)
    .map((part) => {
      const param = /^\{([^{}]+)\}$/.exec(part);
      if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      paramNames.push(param[1] ?? "");
      return "([^/]+)";
    })
    .join("");
  return {
    operation,
    operationId: operation.iid ?? operation.id,
    method: operation.method.toUpperCase(),
    template: operation.path,
    pattern: new RegExp(`^${source}$`),
    paramNames,
    numericParameters: numericParametersOf(operation),
  };
}

/** Loads every `*.yaml` in `specsDir`, sorted by name. */
export async function loadVendorSpecs(specsDir: string): Promise<VendorSpec[]> {
  const files = (await readdir(specsDir)).filter((file) => file.endsWith(".yaml")).sort();
  if (files.length === 0) throw new Error(`No OpenAPI specs (*.yaml) in ${specsDir}`);
  return Promise.all(files.map((file) => loadVendorSpec(path.join(specsDir, file))));
}

async function loadVendorSpec(file: string): Promise<VendorSpec> {
  const document = (await readSpecDocument(file)) as OpenApiDocument;
  const operations = await prismHttp.getHttpOperationsFromSpec(structuredClone(document));
  const jsonFormFields = formFieldsEncodedAsJson(document);
  if (jsonFormFields.size > 0) acceptDecodedForms(operations);
  return {
    prefix: path.basename(file, ".yaml"),
    title: document.info.title,
    version: document.info.version,
    operations,
    requestMediaTypes: new Set(requestBodies(document).flatMap((body) => Object.keys(body))),
    jsonFormFields,
    errorFormat: errorFormatOf(document),
    routes: operations.map(routeOf),
    pathParamNames: new Map(
      operations.flatMap((operation) =>
        (operation.request?.path ?? []).map(({ name }) => [name.toLowerCase(), name] as const),
      ),
    ),
  };
}

/** The parts of an OpenAPI document the gateway reads. */
export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown> };
}

interface OpenApiOperation {
  requestBody?: { content?: MediaTypes };
  responses?: Record<string, unknown>;
}

type MediaTypes = Record<string, { encoding?: Record<string, { contentType?: string }> }>;

function requestBodies(document: OpenApiDocument): MediaTypes[] {
  return Object.values(document.paths).flatMap((pathItem) =>
    Object.values(pathItem).flatMap((operation) => operation.requestBody?.content ?? []),
  );
}

function formFieldsEncodedAsJson(document: OpenApiDocument): Set<string> {
  const fields = new Set<string>();
  for (const content of requestBodies(document)) {
    const form = content["application/x-www-form-urlencoded"];
    for (const [field, { contentType }] of Object.entries(form?.encoding ?? {})) {
      if (contentType && /json/i.test(contentType)) fields.add(field);
    }
  }
  return fields;
}

/**
 * Prism validates a form field against its schema as the raw string, so a JSON document in
 * one field (OpenAPI `encoding.contentType`) can never match its object schema
 * (stoplightio/prism#1622). The gateway decodes such forms itself and hands Prism the decoded
 * object under this alias media type, validated against the same schema.
 */
function acceptDecodedForms(operations: PrismOperation[]): void {
  for (const operation of operations) {
    const contents = operation.request?.body?.contents;
    const form = contents?.find(
      (content) => content.mediaType === "application/x-www-form-urlencoded",
    );
    if (contents && form)
      contents.push({ ...form, mediaType: DECODED_FORM_MEDIA_TYPE, encodings: [] });
  }
}

export const DECODED_FORM_MEDIA_TYPE = "application/vnd.switchboard.decoded-form+json";
