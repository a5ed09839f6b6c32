import {
  documentedExample,
  documentedResponses,
  effectiveParameters,
  isObject,
  namedExamples,
  resolveNode,
  specOperations,
  type VendorManifest,
} from "@switchboard/client-runtime/spec";
import { sampleCredential } from "../sample-credentials.js";
import type { OperationModel, VendorModel } from "../site-model.js";
import type { TryAuth, TryScriptData, TryScriptOperation } from "./page-script.js";

/** One vendor's try page: `try/<prefix>.html`, a form per operation. */
export interface TryPageModel {
  prefix: string;
  title: string;
  /** The page, relative to the site root. */
  href: string;
  referencePage: string;
  errorFormat: string;
  /** The credential fields, prefilled with the placeholders the curl examples use. */
  credentials: { name: string; value: string }[];
  operations: TryOperationModel[];
}

export interface TryOperationModel extends TryScriptOperation {
  operationId: string;
  summary: string;
  referenceHref: string;
  /** Parameter fields, prefilled with their documented examples ("" when none). */
  fields: { name: string; in: "path" | "query" | "header"; value: string; required: boolean }[];
  /** `x-mock-fault: status=<code>` choices: the error statuses the operation documents. */
  faultStatuses: string[];
  /** `Prefer` choices: each documented response example, `example=<name>` or with its code. */
  preferences: { value: string; label: string }[];
}

/** The page of a vendor's try forms, relative to the site root. */
export function tryPageHref(prefix: string): string {
  return `try/${prefix}.html`;
}

/** A form's fragment id on its try page. */
export function tryFormId(operationId: string): string {
  return `try-${operationId}`;
}

/** One vendor's try page from its site model, manifest entry and bundled spec (pure). */
export function tryPageModel(
  vendor: VendorModel,
  manifest: Pick<VendorManifest, "errorFormat">,
  document: unknown,
): TryPageModel {
  const credential = sampleCredential(vendor.auth);
  const specOperationsById = new Map(specOperations(document).map((o) => [o.operationId, o]));
  return {
    prefix: vendor.name,
    title: vendor.title,
    href: tryPageHref(vendor.name),
    referencePage: vendor.referencePage,
    errorFormat: manifest.errorFormat,
    credentials: Object.entries(credential.options).map(([name, value]) => ({ name, value })),
    operations: vendor.operations.map((operation) => {
      const spec = specOperationsById.get(operation.operationId);
      if (spec === undefined) throw new Error(`${vendor.name}: no ${operation.operationId}`);
      return tryOperationModel(vendor, operation, document, spec);
    }),
  };
}

function tryOperationModel(
  vendor: VendorModel,
  operation: OperationModel,
  document: unknown,
  spec: ReturnType<typeof specOperations>[number],
): TryOperationModel {
  const fields = effectiveParameters(document, spec).flatMap(({ parameter }) => {
    if (parameter.in === "cookie") return [];
    const example = documentedExample(document, parameter)?.value;
    return [
      {
        name: parameter.name,
        in: parameter.in,
        value: example === undefined ? "" : fieldText(example),
        required: parameter.in === "path" || parameter.required === true,
      },
    ];
  });
  const responses = documentedResponses(document, spec);
  const names = (where: string) => fields.filter((f) => f.in === where).map((f) => f.name);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    referenceHref: operation.referenceHref,
    method: operation.method,
    path: operation.path,
    parameters: { path: names("path"), query: names("query"), header: names("header") },
    auth: tryAuth(vendor, operation),
    body: tryBody(operation, document, spec),
    fields,
    faultStatuses: responses
      .map(({ status }) => status)
      .filter((status) => /^[45]\d\d$/.test(status)),
    preferences: responses.flatMap(({ status, examples }) =>
      examples.flatMap((name) => {
        if (/^2\d\d$/.test(status))
          return [{ value: `example=${name}`, label: `${status}: ${name}` }];
        if (!/^\d{3}$/.test(status)) return [];
        return [{ value: `code=${status}, example=${name}`, label: `${status}: ${name}` }];
      }),
    ),
  };
}

/** The operation's (first) security scheme as the script builds its header. */
function tryAuth(vendor: VendorModel, operation: OperationModel): TryAuth | null {
  const [first] = operation.security;
  if (first === undefined) return null;
  const { secret, username = "username" } = vendor.auth.options;
  const { scheme } = first;
  if (scheme.type === "apiKey") return { type: "apiKey", header: scheme.name, secret };
  if (scheme.scheme === "bearer") return { type: "bearer", secret };
  return { type: "basic", username, secret };
}

/** The body's media type and encoding, with every documented example of it. */
function tryBody(
  operation: OperationModel,
  document: unknown,
  spec: ReturnType<typeof specOperations>[number],
): TryScriptOperation["body"] {
  const body = operation.requestBody;
  if (body === undefined) return null;
  const requestBody = resolveNode(document, spec.operation.requestBody);
  const content = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : {};
  const examples = namedExamples(document, content[body.mediaType]).map(({ name, value }) => ({
    name,
    value,
  }));
  return {
    mediaType: body.mediaType,
    encoding: { ...body.encoding },
    examples:
      examples.length > 0 ? examples : [{ name: body.example.name, value: body.example.value }],
  };
}

/** A parameter example as an input's text. */
function fieldText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** What the page script reads (`#try-data`). */
export function tryScriptData(page: TryPageModel): TryScriptData {
  return {
    prefix: page.prefix,
    errorFormat: page.errorFormat,
    operations: Object.fromEntries(
      page.operations.map(({ operationId, method, path, parameters, auth, body }) => [
        operationId,
        { method, path, parameters, auth, body },
      ]),
    ),
  };
}
