import type { ErrorFormatName } from "./error-formats/index.js";
import { isObject, type JsonObject } from "./json.js";
import { camelCase, isIdentifier, pascalCase, vendorNameOf } from "./names.js";
import { specOperations, type HttpMethod } from "./operations.js";
import { documentExtension, vendorErrorFormat } from "./switchboard-extension.js";
import { vendorAuth, type VendorAuth } from "./vendor-auth.js";

export type { VendorAuth };

/** The manifest codegen writes (`manifest.json`): every vendor API, in redocly.yaml's order. */
export interface Manifest {
  readonly vendors: readonly VendorManifest[];
}

/** Everything the repository needs to know about one vendor API, derived from its spec. */
export interface VendorManifest {
  /** `twilio-flex`: the mock's URL prefix, the package folder and the spec's base name. */
  readonly name: string;
  /** The API's name in redocly.yaml, e.g. `twilio-flex@v1`. */
  readonly api: string;
  /** The spec, relative to the repository root: `specs/twilio-flex.yaml`. */
  readonly spec: string;
  /** The bundled spec codegen writes, relative to the repository root. */
  readonly bundle: string;
  /** The facade's key for the vendor: `twilioFlex`. */
  readonly key: string;
  readonly packageName: string;
  /** Relative to the repository root: `packages/twilio-flex`. */
  readonly packageDir: string;
  /** `TwilioFlex`: the client is `createTwilioFlexClient`, its types `TwilioFlexClient(Options)`. */
  readonly typeName: string;
  readonly clientFactory: string;
  readonly title: string;
  readonly version: string;
  readonly errorFormat: ErrorFormatName;
  readonly auth: VendorAuth;
  /** The first server's variables, each filled from a client option of its own. */
  readonly serverVariables: readonly ServerVariableOption[];
  readonly operations: readonly ManifestOperation[];
}

export interface ServerVariableOption {
  readonly name: string;
  readonly option: string;
  readonly default: string;
  readonly description?: string;
  readonly enum?: readonly string[];
}

export interface ManifestOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
}

// Options every client takes already (openapi-fetch's, and fetch's RequestInit beneath them).
const RESERVED_OPTIONS = new Set([
  "baseUrl",
  "fetch",
  "Request",
  "headers",
  "querySerializer",
  "bodySerializer",
  "pathSerializer",
  "requestInitExt",
  "body",
  "cache",
  "credentials",
  "integrity",
  "keepalive",
  "method",
  "mode",
  "priority",
  "redirect",
  "referrer",
  "referrerPolicy",
  "signal",
  "window",
]);

/**
 * A vendor's manifest entry from its redocly.yaml entry and its bundled spec. Every problem
 * (a name that cannot be a prefix, several security schemes, an option that clashes) throws
 * an error naming the API, the field and the rule.
 */
export function describeVendor(
  entry: { readonly api: string; readonly spec: string },
  document: unknown,
): VendorManifest {
  const { api } = entry;
  const name = vendorNameOf(api);
  if (!isObject(document) || !isObject(document.info))
    throw new Error(`${api}: the spec has no info`);
  const extension = documentExtension(document, api);
  const auth = vendorAuth(document, api);
  const serverVariables = serverVariablesOf(document, api);
  const options = [
    auth.options.secret,
    auth.options.username,
    ...serverVariables.map((v) => v.option),
  ];
  const clash = options.find(
    (option, index) =>
      option !== undefined && (RESERVED_OPTIONS.has(option) || options.indexOf(option) !== index),
  );
  if (clash !== undefined) {
    throw new Error(
      `${api}: client option "${clash}" is taken (by openapi-fetch, fetch or another credential or server variable); rename it with x-switchboard`,
    );
  }
  const typeName = pascalCase(name);
  return {
    name,
    api,
    spec: entry.spec,
    bundle: `packages/${name}/src/generated/openapi.json`,
    key: extension.key ?? camelCase(name),
    packageName: `@switchboard/${name}`,
    packageDir: `packages/${name}`,
    typeName,
    clientFactory: `create${typeName}Client`,
    title: String(document.info.title ?? name),
    version: String(document.info.version ?? ""),
    errorFormat: vendorErrorFormat(document, api),
    auth,
    serverVariables,
    operations: specOperations(document).map(({ operationId, method, path }) => ({
      operationId,
      method,
      path,
    })),
  };
}

function serverVariablesOf(document: JsonObject, api: string): ServerVariableOption[] {
  const [server] = Array.isArray(document.servers) ? document.servers : [];
  const variables = isObject(server) && isObject(server.variables) ? server.variables : {};
  return Object.entries(variables).map(([name, raw]) => {
    const variable = isObject(raw) ? raw : {};
    const option = camelCase(name);
    if (!isIdentifier(option)) {
      throw new Error(
        `${api}: server variable "${name}" makes no client option name (its camelCase, "${option}", must be a JavaScript identifier)`,
      );
    }
    return {
      name,
      option,
      default: String(variable.default ?? ""),
      ...(typeof variable.description === "string" ? { description: variable.description } : {}),
      ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
    };
  });
}
