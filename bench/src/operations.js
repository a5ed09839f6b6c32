// @ts-check
// One valid update per documented operation, read off each vendor's bundled spec with the spec
// toolkit: the request the spec documents and the first success response's example. Auth
// headers and body encoding come from client-runtime, the same code the generated clients use.
import {
  authenticationHeaders,
  createBodySerializer,
  serializePathParams,
} from "@switchboard/client-runtime";
import {
  documentedExample,
  documentedRequest,
  isObject,
  resolveNode,
  specOperations,
} from "@switchboard/client-runtime/spec";
import { BENCH_CREDENTIAL, benchVendors } from "./vendors.js";

/** Base URL handed to the clients under a stubbed fetch: loopback, never contacted. */
export const STUB_BASE_URL = "http://127.0.0.1:9";

const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";

/**
 * @typedef {object} Operation
 * @property {string} name facade name, e.g. `twilioFlex.updateInteractionChannel`
 * @property {import("./vendors.js").Vendor} vendor
 * @property {string} operationId
 * @property {string} method upper case
 * @property {string} specPath the spec's path template
 * @property {string} path the filled-in path with query, without the gateway prefix
 * @property {{ path?: Record<string, unknown>, query?: Record<string, unknown>, header?: Record<string, unknown>, body?: unknown }} input
 * @property {Record<string, string>} headers auth and content type
 * @property {string | undefined} mediaType the request body's media type
 * @property {string | undefined} body the encoded request body
 * @property {number} successStatus
 * @property {string} successBody the first documented success example, as JSON text
 * @property {string} specFile the vendor's spec, which Prism serves
 */

/** @param {import("./vendors.js").Vendor} vendor */
function authHeaders(vendor) {
  const { auth, metadata } = vendor;
  const { secret, username } = BENCH_CREDENTIAL;
  const credential = auth.kind === "basic" ? { username, password: secret } : secret;
  return authenticationHeaders(metadata.securitySchemes[auth.scheme], credential, auth.options);
}

/**
 * The documented request's path, query and header groups that have a value, as facade input.
 * @param {import("@switchboard/client-runtime/spec").DocumentedRequest} request
 * @returns {Operation["input"]}
 */
function parameterInput(request) {
  const groups = /** @type {const} */ (["path", "query", "header"]);
  return Object.fromEntries(
    groups
      .filter((group) => Object.keys(request[group]).length > 0)
      .map((group) => [group, request[group]]),
  );
}

/** @returns {Operation[]} every operation of every vendor, in manifest order */
export function documentedOperations() {
  return benchVendors().flatMap((vendor) => {
    const { document, metadata } = vendor;
    const auth = authHeaders(vendor);
    return specOperations(document).map((spec) => {
      const name = `${vendor.key}.${spec.operationId}`;
      const request = documentedRequest(document, spec);
      const input = parameterInput(request);
      /** @type {Record<string, string>} */
      const headers = { ...auth };
      const requestBody = metadata.operations[spec.operationId]?.requestBody;
      let body;
      if (requestBody) {
        if (request.body === undefined) {
          throw new Error(`no documented example for ${name} request body`);
        }
        input.body = request.body.example.value;
        headers["content-type"] = requestBody.mediaType;
        body = createBodySerializer(requestBody)(input.body);
      }
      const responses = isObject(spec.operation.responses) ? spec.operation.responses : {};
      const [status, response] = Object.entries(responses).find(([code]) =>
        code.startsWith("2"),
      ) ?? ["", undefined];
      const successContent = /** @type {any} */ (resolveNode(document, response))?.content;
      const successExample = documentedExample(document, successContent?.["application/json"]);
      if (successExample === undefined) {
        throw new Error(`no documented example for ${name} success response`);
      }
      const filled = serializePathParams(spec.path, request.path);
      const query = new URLSearchParams(
        Object.entries(request.query).map(([key, value]) => [key, String(value)]),
      ).toString();
      return {
        name,
        vendor,
        operationId: spec.operationId,
        method: spec.method.toUpperCase(),
        specPath: spec.path,
        path: query ? `${filled}?${query}` : filled,
        input,
        headers,
        mediaType: requestBody?.mediaType,
        body,
        successStatus: Number(status),
        successBody: JSON.stringify(successExample.value),
        specFile: vendor.specFile,
      };
    });
  });
}

/**
 * The operation Prism's startup is probed with: a form-encoded update if a spec has one (the
 * request earlier runs probed with, so the figure stays comparable), else the first operation.
 * @param {Operation[]} operations
 */
export function startupProbeOperation(operations) {
  const operation =
    operations.find((candidate) => candidate.mediaType === FORM_MEDIA_TYPE) ?? operations[0];
  if (!operation) throw new Error("manifest.json lists no operation to benchmark");
  return operation;
}

/** The autocannon/httpRequest form of an operation, under the given path prefix. */
export function wireRequest(operation, prefix = `/${operation.vendor.name}`) {
  return {
    method: operation.method,
    path: `${prefix}${operation.path}`,
    headers: operation.headers,
    ...(operation.body === undefined ? {} : { body: operation.body }),
  };
}
