// @ts-check
// One valid update per documented operation, read off each vendor's bundled spec: every
// parameter's example, the first request-body example and the first success-response example.
// Credentials are placeholders; auth headers and body encoding come from client-runtime, the
// same code the generated clients use.
import { createRequire } from "node:module";
import path from "node:path";
import { authenticationHeaders, encodeFormBody } from "@switchboard/client-runtime";
import * as healthing from "@switchboard/healthing";
import * as syllable from "@switchboard/syllable";
import * as twilioFlex from "@switchboard/twilio-flex";
import * as watsonxOrchestrate from "@switchboard/watsonx-orchestrate";
import { gatewaySpecsDir } from "./servers.js";

const require = createRequire(import.meta.url);

/** Base URL handed to the clients under a stubbed fetch: loopback, never contacted. */
export const STUB_BASE_URL = "http://127.0.0.1:9";

/**
 * Each vendor: gateway prefix, generated client, the facade key and the placeholder credential
 * options (what `create<Vendor>Client` and `createSwitchboard({ <key>: ... })` take).
 */
export const vendors = [
  {
    prefix: "syllable",
    key: "syllable",
    module: syllable,
    createClient: syllable.createSyllableClient,
    options: { apiKey: "bench-api-key" },
    credential: "bench-api-key",
    optionNames: { secret: "apiKey" },
  },
  {
    prefix: "healthing",
    key: "healthing",
    module: healthing,
    createClient: healthing.createHealthingClient,
    options: { token: "bench-token" },
    credential: "bench-token",
    optionNames: { secret: "token" },
  },
  {
    prefix: "watsonx-orchestrate",
    key: "watsonxOrchestrate",
    module: watsonxOrchestrate,
    createClient: watsonxOrchestrate.createWatsonxOrchestrateClient,
    options: { token: "bench-token" },
    credential: "bench-token",
    optionNames: { secret: "token" },
  },
  {
    prefix: "twilio-flex",
    key: "twilioFlex",
    module: twilioFlex,
    createClient: twilioFlex.createTwilioFlexClient,
    options: { accountSid: "AC00000000000000000000000000000000", authToken: "bench-token" },
    credential: { username: "AC00000000000000000000000000000000", password: "bench-token" },
    optionNames: { secret: "authToken", username: "accountSid" },
  },
];

/**
 * @typedef {object} Operation
 * @property {string} name facade name, e.g. `twilioFlex.updateInteractionChannel`
 * @property {(typeof vendors)[number]} vendor
 * @property {string} operationId
 * @property {string} method upper case
 * @property {string} specPath the spec's path template
 * @property {string} path the filled-in path with query, without the gateway prefix
 * @property {{ path?: Record<string, unknown>, query?: Record<string, unknown>, body?: unknown }} input
 * @property {Record<string, string>} headers auth and content type
 * @property {string | undefined} body the encoded request body
 * @property {number} successStatus
 * @property {string} successBody the first documented success example, as JSON text
 * @property {string} specFile the spec the gateway serves under the vendor's prefix
 */

function resolver(document) {
  /** @returns {any} */
  return function deref(node) {
    let current = node;
    while (current && typeof current === "object" && typeof current.$ref === "string") {
      const pointer = current.$ref.replace(/^#/, "");
      current = pointer
        .split("/")
        .slice(1)
        .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce((value, token) => value?.[token], document);
      if (current === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
    }
    return current;
  };
}

function exampleOf(node) {
  if (node === undefined) return undefined;
  if ("example" in node) return node.example;
  const first = Object.values(node.examples ?? {})[0];
  return first && typeof first === "object" ? /** @type {any} */ (first).value : undefined;
}

/** @returns {Operation[]} every operation of every vendor, in vendor order */
export function documentedOperations() {
  return vendors.flatMap((vendor) => {
    const document = require(`@switchboard/${vendor.prefix}/openapi.json`);
    const deref = resolver(document);
    const scheme = vendor.module.metadata.securitySchemes;
    return Object.entries(vendor.module.metadata.operations).map(([operationId, meta]) => {
      const pathItem = document.paths[meta.path];
      const operation = pathItem[meta.method];
      /** @type {Operation["input"]} */
      const input = {};
      for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = deref(raw);
        const value = exampleOf(parameter) ?? exampleOf(deref(parameter.schema ?? {}));
        if (value === undefined)
          throw new Error(`${operationId}: no example for ${parameter.name}`);
        (input[parameter.in] ??= {})[parameter.name] = value;
      }
      /** @type {Record<string, string>} */
      const headers = {};
      for (const name of meta.security) {
        Object.assign(
          headers,
          authenticationHeaders(scheme[name], vendor.credential, vendor.optionNames),
        );
      }
      let body;
      if (meta.requestBody) {
        const content = deref(operation.requestBody).content[meta.requestBody.mediaType];
        input.body = structuredClone(exampleOf(content));
        if (input.body === undefined) throw new Error(`${operationId}: no request example`);
        headers["content-type"] = meta.requestBody.mediaType;
        body =
          meta.requestBody.mediaType === "application/x-www-form-urlencoded"
            ? encodeFormBody(input.body, meta.requestBody.encoding).toString()
            : JSON.stringify(input.body);
      }
      const [status, response] = Object.entries(operation.responses).find(([code]) =>
        code.startsWith("2"),
      ) ?? ["", undefined];
      const successExample = exampleOf(deref(response)?.content?.["application/json"] ?? {});
      if (successExample === undefined) throw new Error(`${operationId}: no success example`);
      const filled = meta.path.replace(/\{([^{}]+)\}/g, (_, name) =>
        encodeURIComponent(String(input.path?.[name])),
      );
      const query = new URLSearchParams(
        Object.entries(input.query ?? {}).map(([name, value]) => [name, String(value)]),
      ).toString();
      return {
        name: `${vendor.key}.${operationId}`,
        vendor,
        operationId,
        method: meta.method.toUpperCase(),
        specPath: meta.path,
        path: query ? `${filled}?${query}` : filled,
        input,
        headers,
        body,
        successStatus: Number(status),
        successBody: JSON.stringify(successExample),
        specFile: path.join(gatewaySpecsDir, `${vendor.prefix}.yaml`),
      };
    });
  });
}

/** The autocannon/httpRequest form of an operation, under the given path prefix. */
export function wireRequest(operation, prefix = `/${operation.vendor.prefix}`) {
  return {
    method: operation.method,
    path: `${prefix}${operation.path}`,
    headers: operation.headers,
    ...(operation.body === undefined ? {} : { body: operation.body }),
  };
}
